using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.CompleteGoal;

/// <summary>
/// <c>PATCH /api/goals/{goal_id}/complete</c> (#11): <see cref="CompleteGoalCommand"/> for any live goal or session
/// by id. Not a fractal request: the route names no fractal.
/// </summary>
public sealed record CompleteGoalLegacyCommand(string GoalId, bool? Completed) : ICommand<Result<CompletedGoalResponse>>;
