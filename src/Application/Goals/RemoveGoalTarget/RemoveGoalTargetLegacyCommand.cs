using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.RemoveGoalTarget;

/// <summary><c>DELETE /api/goals/{goal_id}/targets/{target_id}</c> (issue 15, ADR 0050): <see cref="RemoveGoalTargetCommand"/> for any live goal by id.</summary>
public sealed record RemoveGoalTargetLegacyCommand(string GoalId, string TargetId) : ICommand<Result<StatusMessageResponse>>;
