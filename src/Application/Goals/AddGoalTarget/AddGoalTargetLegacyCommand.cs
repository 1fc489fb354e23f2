using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.AddGoalTarget;

/// <summary>
/// <c>POST /api/goals/{goal_id}/targets</c> (issue 15, ADR 0050): <see cref="AddGoalTargetCommand"/> for any live goal by
/// id, beside <c>PUT /api/goals/{goal_id}</c> (#15). Not a fractal request: the route names no fractal; the activity
/// must still be one of the goal's own fractal.
/// </summary>
public sealed record AddGoalTargetLegacyCommand(string GoalId, string Target) : ICommand<Result<GoalTargetResponse>>;
