using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Sessions;

internal static class SessionChildren
{
    /// <summary>One ImmediateGoal under the session per entry with a non-blank name (contract #14, Q-07 for #19).</summary>
    public static List<Goal> AddImmediateGoals(Goal session, IReadOnlyList<ImmediateGoalInput?>? inputs, DateTime now) =>
        [.. (inputs ?? []).Where(i => !string.IsNullOrWhiteSpace(i?.Name))
            .Select(i => session.AddChild(i!.Name, i.Description, GoalType.ImmediateGoal, deadline: null, now))];
}
