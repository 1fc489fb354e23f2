using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.ReorderActivityGroups;

/// <summary><c>PUT /api/{root_id}/activity-groups/reorder</c> (contract #28): no root check; foreign ids are ignored.</summary>
public sealed record ReorderActivityGroupsCommand(string RootId, IReadOnlyList<string?>? GroupIds) : ICommand<Result<ActivitiesMessageResponse>>;
