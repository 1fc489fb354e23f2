using FractalGoals.Application.Common.Fractals;
using FractalGoals.Domain.Goals;

namespace FractalGoals.UnitTests.Application.Common;

public sealed class RootScopedSpecificationTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0);

    [Fact]
    public void A_root_scoped_specification_keeps_only_the_rows_of_its_fractal()
    {
        var fitness = Goal.CreateFractal("Fitness", null, GoalType.UltimateGoal, Now);
        var guitar = Goal.CreateFractal("Guitar", null, GoalType.UltimateGoal, Now);
        var strength = fitness.AddChild("Strength", null, GoalType.LongTermGoal, null, Now);
        var scales = guitar.AddChild("Scales", null, GoalType.LongTermGoal, null, Now);

        var rows = new FractalGoalsSpec(fitness.Id).Evaluate([fitness, guitar, strength, scales]);

        Assert.Equal([fitness, strength], rows);
    }

    [Fact]
    public void Typed_ids_order_as_their_stored_text_does()
    {
        GoalId[] ids = [new("b2"), new("B1"), new("a3")];

        Assert.Equal(["B1", "a3", "b2"], ids.Order().Select(id => id.Value));
    }

    [Theory]
    [InlineData("9b1f", true)]
    [InlineData("1767200643898", true)]
    [InlineData("", false)]
    [InlineData(" x", false)]
    [InlineData(null, false)]
    public void Every_typed_id_parses_through_the_one_id_rule(string? text, bool valid)
    {
        Assert.Equal(valid, GoalId.TryParse(text, out var goal));
        Assert.Equal(valid, FractalGoals.Domain.Sessions.ActivityInstanceId.TryParse(text, out var instance));
        if (valid) Assert.Equal((text, text), (goal.Value, instance.Value));
    }
}
