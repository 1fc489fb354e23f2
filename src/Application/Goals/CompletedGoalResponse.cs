using FractalGoals.Application.ReadModels;

namespace FractalGoals.Application.Goals;

/// <summary>Contract #10/#11: <c>{"status": "success", "goal": GoalNode-with-children}</c>.</summary>
public sealed record CompletedGoalResponse(string Status, GoalNode Goal);
