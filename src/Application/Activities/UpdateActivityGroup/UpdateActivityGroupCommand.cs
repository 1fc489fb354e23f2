using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.UpdateActivityGroup;

/// <summary>
/// <c>PUT /api/{root_id}/activity-groups/{group_id}</c> (contract #29). <see cref="Name"/> null = keep (absent or
/// sent as null, Q-35); a present null <see cref="Description"/> is stored as "".
/// </summary>
public sealed record UpdateActivityGroupCommand(string RootId, string GroupId, string? Name, Patch<string> Description)
    : IFractalRequest, ICommand<Result<ActivityGroupResponse>>;
