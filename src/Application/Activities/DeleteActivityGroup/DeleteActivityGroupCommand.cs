using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.DeleteActivityGroup;

/// <summary><c>DELETE /api/{root_id}/activity-groups/{group_id}</c> (contract #30): soft; members are ungrouped.</summary>
public sealed record DeleteActivityGroupCommand(string RootId, string GroupId) : IFractalRequest, ICommand<Result<ActivitiesMessageResponse>>;
