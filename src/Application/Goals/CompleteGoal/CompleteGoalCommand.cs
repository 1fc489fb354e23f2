using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.CompleteGoal;

/// <summary>
/// <c>PATCH /api/{root_id}/goals/{goal_id}/complete</c> (#10) and <c>PATCH /api/goals/{goal_id}/complete</c> (#11):
/// sets completion of one goal or session, no cascade. With a <see cref="RootId"/> the goal must belong to that
/// fractal (the scoping rule overrides Q-09); without one (#11) any live goal is addressed.
/// </summary>
public sealed record CompleteGoalCommand(string? RootId, string GoalId, bool Completed) : ICommand<Result<CompletedGoalResponse>>;
