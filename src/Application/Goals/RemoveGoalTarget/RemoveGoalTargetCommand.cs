using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.RemoveGoalTarget;

/// <summary>
/// <c>DELETE /api/{root_id}/goals/{goal_id}/targets/{target_id}</c> (issue 15, ADR 0050): removes a target of a goal of
/// this fractal. The global route is <see cref="RemoveGoalTargetLegacyCommand"/>.
/// </summary>
public sealed record RemoveGoalTargetCommand(string RootId, string GoalId, string TargetId) : IFractalRequest, ICommand<Result<StatusMessageResponse>>;
