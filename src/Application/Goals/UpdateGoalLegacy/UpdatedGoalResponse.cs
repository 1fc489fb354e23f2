using FractalGoals.Application.ReadModels;

namespace FractalGoals.Application.Goals.UpdateGoalLegacy;

/// <summary>
/// Contract #15's <c>{"status": "success", "message": "Goal updated"}</c> plus the updated goal without children, as
/// #8 answers it (ADR 0048).
/// </summary>
public sealed record UpdatedGoalResponse(string Status, string Message, GoalNode Goal);
