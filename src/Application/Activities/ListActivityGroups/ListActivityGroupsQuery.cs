using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.ListActivityGroups;

/// <summary><c>GET /api/{root_id}/activity-groups</c> (contract #26).</summary>
public sealed record ListActivityGroupsQuery(string RootId) : IFoldedFractalRead, IQuery<Result<IReadOnlyList<ActivityGroupResponse>>>;
