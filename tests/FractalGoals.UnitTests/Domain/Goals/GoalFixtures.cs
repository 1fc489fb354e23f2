using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.UnitTests.Domain.Goals;

/// <summary>Small builders so each test states only what it is about.</summary>
internal static class GoalFixtures
{
    public static readonly DateTime Now = new(2026, 1, 2, 9, 0, 0, DateTimeKind.Unspecified);

    public static Goal Fractal(GoalType type = GoalType.UltimateGoal, DateTime? now = null) =>
        Goal.CreateFractal("Play guitar well", "", type, now ?? Now);

    /// <summary>A child of the next level: a session under a short-term goal, a plain goal otherwise.</summary>
    public static Goal NextBelow(Goal parent, DateTime? now = null)
    {
        var at = now ?? Now;
        return parent.Type == GoalType.ShortTermGoal
            ? parent.AddSession(new SessionDetails("Session"), at)
            : parent.AddChild($"Below {parent.Name}", "", GoalTypes.NextLevel(parent.Type)!.Value, null, at);
    }

    /// <summary>Every level from an Ultimate root down to <paramref name="deepest"/>, root first.</summary>
    public static List<Goal> ChainDownTo(GoalType deepest, DateTime? now = null)
    {
        var chain = new List<Goal> { Fractal(GoalType.UltimateGoal, now) };
        while (chain[^1].Type != deepest) chain.Add(NextBelow(chain[^1], now));
        return chain;
    }

    /// <summary>A live goal of the given level, in a fresh Ultimate fractal.</summary>
    public static Goal GoalOfType(GoalType type) => ChainDownTo(type)[^1];

    public static Goal ShortTermUnder(Goal root)
    {
        var goal = root;
        while (goal.Type != GoalType.ShortTermGoal) goal = NextBelow(goal);
        return goal;
    }

    public static DomainRuleViolationException Violation(Action act) => Assert.Throws<DomainRuleViolationException>(act);

    public static string CodeOf(Action act) => Violation(act).Code;
}
