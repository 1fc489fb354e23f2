using FractalGoals.Domain.Goals;

namespace FractalGoals.UnitTests.Domain.Goals;

public sealed class GoalTypesTests
{
    [Theory]
    [InlineData("UltimateGoal", GoalType.UltimateGoal)]
    [InlineData("PracticeSession", GoalType.PracticeSession)]
    [InlineData("NanoGoal", GoalType.NanoGoal)]
    public void The_exact_stored_name_parses_to_its_type(string name, GoalType expected)
    {
        Assert.True(GoalTypes.TryParse(name, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ultimategoal")]
    [InlineData("1")]
    [InlineData("9")]
    [InlineData(" UltimateGoal")]
    [InlineData("UltimateGoal,NanoGoal")]
    [InlineData("Goal")]
    public void Numbers_other_casings_and_unknown_names_are_not_types(string? name)
    {
        Assert.False(GoalTypes.TryParse(name, out _));
    }

    [Fact]
    public void Only_levels_1_to_4_can_be_roots()
    {
        var roots = Enum.GetValues<GoalType>().Where(GoalTypes.CanBeRoot);

        Assert.Equal([GoalType.UltimateGoal, GoalType.LongTermGoal, GoalType.MidTermGoal, GoalType.ShortTermGoal], roots);
    }

    [Fact]
    public void A_nano_goal_has_no_next_level()
    {
        Assert.Null(GoalTypes.NextLevel(GoalType.NanoGoal));
        Assert.Equal(GoalType.PracticeSession, GoalTypes.NextLevel(GoalType.ShortTermGoal));
        Assert.Equal(GoalType.ImmediateGoal, GoalTypes.NextLevel(GoalType.PracticeSession));
    }
}
