using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using Mediator;

namespace FractalGoals.Application.Goals.CreateGoalLegacy;

/// <summary>
/// <c>POST /api/goals</c> (contract #13). Checks in the legacy order: parent exists (404), type (400), deadline (400).
/// The root is derived (Q-05 fixed) and the next-level rule applies; without a parent the goal starts a new fractal.
/// </summary>
public sealed record CreateGoalLegacyCommand(string? Name, string? Description, string? Type, string? ParentId, string? Deadline, bool Completed)
    : ICommand<Result<GoalNode>>;
