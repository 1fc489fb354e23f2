namespace FractalGoals.Domain.Goals;

/// <summary>The eight levels of a fractal, in order (domain-rules §4). Stored by name in <c>goals.type</c>.</summary>
public enum GoalType
{
    UltimateGoal = 1,
    LongTermGoal = 2,
    MidTermGoal = 3,
    ShortTermGoal = 4,
    PracticeSession = 5,
    ImmediateGoal = 6,
    MicroGoal = 7,
    NanoGoal = 8,
}
