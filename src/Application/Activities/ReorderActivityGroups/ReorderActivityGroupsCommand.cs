using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Activities.ReorderActivityGroups;

/// <summary>
/// <c>PUT /api/{root_id}/activity-groups/reorder</c> (contract #28): foreign ids are ignored. An unknown fractal is a
/// 404 as on every fractal route (ADR 0036), where the legacy server did no root check.
/// </summary>
public sealed record ReorderActivityGroupsCommand(string RootId, IReadOnlyList<string?>? GroupIds) : IFractalRequest, ICommand<Result<ActivitiesMessageResponse>>;
