using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using Mediator;

namespace FractalGoals.Application.Goals.GetGoalLegacy;

/// <summary>
/// <c>GET /api/goals/{goal_id}</c> (issue 15, ADR 0049): any live goal or session by id, rendered as
/// <c>PUT /api/{root_id}/goals/{goal_id}</c> (#8) returns it — without children — with its version as ETag. Not a
/// fractal request: the route names no fractal.
/// </summary>
public sealed record GetGoalLegacyQuery(string GoalId) : IQuery<Result<GoalNode>>;
