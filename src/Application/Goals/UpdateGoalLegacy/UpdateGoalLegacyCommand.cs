using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.UpdateGoalLegacy;

/// <summary>
/// <c>PUT /api/goals/{goal_id}</c> (contract #15): any live goal or session by id; a null name or description is
/// ignored. Sessions go through the same generic fields (Q-23 reproduced).
/// </summary>
public sealed record UpdateGoalLegacyCommand(string GoalId, GoalChanges Changes) : ICommand<Result<UpdatedGoalResponse>>;
