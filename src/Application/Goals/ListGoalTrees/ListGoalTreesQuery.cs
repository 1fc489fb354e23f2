using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using Mediator;

namespace FractalGoals.Application.Goals.ListGoalTrees;

/// <summary><c>GET /api/goals</c> (contract #12): every fractal as a GoalNode with children, same set and order as #2.</summary>
public sealed record ListGoalTreesQuery : IQuery<Result<WrittenList<GoalNode>>>;
