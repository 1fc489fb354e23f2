using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.UpdateActivityGroup;

/// <summary>
/// <c>PUT /api/{root_id}/activity-groups/{group_id}</c> (contract #29). <see cref="Name"/> null = keep (absent or
/// sent as null, Q-35); <see cref="HasDescription"/> tells a sent null (stored as "") from an absent key.
/// </summary>
public sealed record UpdateActivityGroupCommand(string RootId, string GroupId, string? Name, bool HasDescription, string? Description)
    : ICommand<Result<ActivityGroupResponse>>;
