using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.DeleteGoalLegacy;

/// <summary><c>DELETE /api/goals/{goal_id}</c> (contract #16): any live goal or session by id, same cascade as #9.</summary>
public sealed record DeleteGoalLegacyCommand(string GoalId) : ICommand<Result<StatusMessageResponse>>;
