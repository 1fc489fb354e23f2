using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using static FractalGoals.UnitTests.Domain.Goals.GoalFixtures;

namespace FractalGoals.UnitTests.Domain.Goals;

/// <summary>Completion and targets (domain-rules §8.1, §12; api-contract §4.3 #8, #10).</summary>
public sealed class GoalCompletionTests
{
    private static readonly DateTime Later = Now.AddMinutes(5);

    [Fact]
    public void Completing_a_goal_raises_one_GoalCompleted()
    {
        var chain = ChainDownTo(GoalType.MidTermGoal);
        var goal = chain[^1];

        goal.SetCompleted(true, Later);
        goal.SetCompleted(true, Later.AddMinutes(1));

        var completed = Assert.IsType<GoalCompleted>(Assert.Single(goal.DomainEvents));
        Assert.Equal(new GoalCompleted(goal.Id, chain[0].Id, Later), completed);
        Assert.True(goal.Completed);
        Assert.Equal(Later, goal.UpdatedAt);
    }

    [Fact]
    public void Un_completing_raises_nothing_and_completing_again_raises_again()
    {
        var goal = GoalOfType(GoalType.PracticeSession);

        goal.SetCompleted(false, Later);
        Assert.Empty(goal.DomainEvents);

        goal.SetCompleted(true, Later);
        goal.SetCompleted(false, Later.AddMinutes(1));
        goal.SetCompleted(true, Later.AddMinutes(2));

        Assert.Equal(2, goal.DomainEvents.OfType<GoalCompleted>().Count());
        Assert.Equal(Later.AddMinutes(2), goal.UpdatedAt);
    }

    [Fact]
    public void Completion_never_cascades_up_or_down()
    {
        var chain = ChainDownTo(GoalType.NanoGoal);

        chain[3].SetCompleted(true, Later);

        Assert.All(chain.Where(g => g != chain[3]), g =>
        {
            Assert.False(g.Completed);
            Assert.Empty(g.DomainEvents);
            Assert.Equal(Now, g.UpdatedAt);
        });
    }

    [Fact]
    public void Targets_are_kept_as_the_exact_text_sent()
    {
        const string raw = "[ {\"id\": \"0b0e5e0e\", \"activity_id\":\"a\", \"metrics\":[{\"metric_id\":\"m\",\"value\":\"80\"}], \"extra\": {\"k\": [1.50]}} ]";
        var goal = GoalOfType(GoalType.ShortTermGoal);

        goal.SetTargets(JsonText.Parse(raw, "targets"), Later);

        Assert.Equal(raw, goal.Targets);
        Assert.Equal(Later, goal.UpdatedAt);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData(" [ ] ")]
    [InlineData("null")]
    public void An_empty_array_or_null_clears_targets(string raw)
    {
        var goal = GoalOfType(GoalType.ShortTermGoal);
        goal.SetTargets(JsonText.Parse("[{\"id\":\"t\"}]", "targets"), Now);

        goal.SetTargets(JsonText.Parse(raw, "targets"), Later);

        Assert.Null(goal.Targets);
        Assert.Equal(Later, goal.UpdatedAt);
    }

    [Fact]
    public void No_targets_at_all_clears_them()
    {
        var goal = GoalOfType(GoalType.ShortTermGoal);
        goal.SetTargets(JsonText.Parse("[{\"id\":\"t\"}]", "targets"), Now);

        goal.SetTargets(null, Later);

        Assert.Null(goal.Targets);
    }

    [Fact]
    public void Clearing_targets_that_are_already_empty_is_not_a_change()
    {
        var goal = GoalOfType(GoalType.ShortTermGoal);

        goal.SetTargets(JsonText.Parse("[]", "targets"), Later);

        Assert.Null(goal.Targets);
        Assert.Equal(Now, goal.UpdatedAt);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"id\":\"t\"}")]
    [InlineData("\"[]\"")]
    [InlineData("80")]
    [InlineData("true")]
    public void Targets_must_be_a_json_array(string raw)
    {
        var goal = GoalOfType(GoalType.ShortTermGoal);
        goal.SetTargets(JsonText.Parse("[{\"id\":\"t\"}]", "targets"), Now);

        var error = Violation(() => goal.SetTargets(JsonText.Parse(raw, "targets"), Later));

        Assert.Equal(GoalRules.TargetsNotArray, error.Code);
        Assert.Equal("Targets must be a JSON array", error.Message);
        Assert.Equal("[{\"id\":\"t\"}]", goal.Targets);
    }
}
