using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.ListActivities;

/// <summary><c>GET /api/{root_id}/activities</c> (contract #31): live activities by name, ordinal.</summary>
public sealed record ListActivitiesQuery(string RootId) : IFoldedFractalRead, IQuery<Result<IReadOnlyList<ActivityResponse>>>;
