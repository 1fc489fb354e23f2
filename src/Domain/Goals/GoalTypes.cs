namespace FractalGoals.Domain.Goals;

/// <summary>What the levels mean: which may root a fractal and which level follows which.</summary>
public static class GoalTypes
{
    public static bool IsKnown(GoalType type) => type is >= GoalType.UltimateGoal and <= GoalType.NanoGoal;

    public static bool CanBeRoot(GoalType type) => type is >= GoalType.UltimateGoal and <= GoalType.ShortTermGoal;

    /// <summary>The only type a child of <paramref name="parent"/> may have; null for a Nano goal.</summary>
    public static GoalType? NextLevel(GoalType parent) => parent == GoalType.NanoGoal ? null : parent + 1;

    /// <summary>Parses the exact stored name; numbers and other casings are not types.</summary>
    public static bool TryParse(string? name, out GoalType type)
    {
        type = default;
        if (string.IsNullOrEmpty(name) || !name.All(char.IsAsciiLetter)) return false;
        return Enum.TryParse(name, ignoreCase: false, out type) && IsKnown(type);
    }
}
