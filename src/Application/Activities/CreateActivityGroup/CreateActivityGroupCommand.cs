using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.CreateActivityGroup;

/// <summary><c>POST /api/{root_id}/activity-groups</c> (contract #27).</summary>
public sealed record CreateActivityGroupCommand(string RootId, string? Name, string? Description) : IFractalRequest, ICommand<Result<ActivityGroupResponse>>;
