using FractalGoals.Domain.Goals;
using static FractalGoals.UnitTests.Domain.Goals.GoalFixtures;

namespace FractalGoals.UnitTests.Domain.Goals;

/// <summary>root_id is derived, never chosen (domain-rules §5, §15.4).</summary>
public sealed class GoalRootIdTests
{
    [Theory]
    [InlineData(GoalType.UltimateGoal)]
    [InlineData(GoalType.ShortTermGoal)]
    public void A_fractal_root_is_its_own_root(GoalType type)
    {
        var root = Fractal(type);

        Assert.Equal(root.Id, root.RootId);
        Assert.True(root.IsFractalRoot);
    }

    [Fact]
    public void Every_level_down_to_nano_carries_the_id_of_the_top_of_the_chain()
    {
        var chain = ChainDownTo(GoalType.NanoGoal);

        Assert.Equal(8, chain.Count);
        Assert.All(chain, g => Assert.Equal(chain[0].Id, g.RootId));
        Assert.All(chain.Skip(1), g => Assert.False(g.IsFractalRoot));
    }

    [Fact]
    public void A_session_and_its_immediate_goals_under_a_short_term_root_carry_that_root()
    {
        var root = Fractal(GoalType.ShortTermGoal);

        var session = root.AddSession(new SessionDetails("s"), Now);
        var immediate = session.AddChild("i", "", GoalType.ImmediateGoal, null, Now);

        Assert.Equal(root.Id, session.RootId);
        Assert.Equal(root.Id, immediate.RootId);
    }

    [Fact]
    public void A_parentless_session_belongs_to_the_fractal_it_was_started_in_never_to_itself()
    {
        var root = Fractal();

        var session = Goal.StartParentlessSession(root, new SessionDetails("s"), Now);

        Assert.Equal(root.Id, session.RootId);
        Assert.NotEqual(session.Id, session.RootId);
        Assert.Null(session.ParentId);
        Assert.Empty(session.ParentIds);
        Assert.False(session.IsFractalRoot);
    }

    [Fact]
    public void Immediate_goals_under_a_parentless_session_carry_the_fractal_root()
    {
        var root = Fractal();
        var session = Goal.StartParentlessSession(root, new SessionDetails("s"), Now);

        var immediate = session.AddChild("i", "", GoalType.ImmediateGoal, null, Now);
        var micro = immediate.AddChild("m", "", GoalType.MicroGoal, null, Now);

        Assert.Equal(root.Id, immediate.RootId);
        Assert.Equal(root.Id, micro.RootId);
    }

    [Fact]
    public void Goals_of_two_fractals_never_share_a_root()
    {
        var first = Fractal();
        var second = Fractal();

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(second.Id, NextBelow(second).RootId);
        Assert.Equal(first.Id, NextBelow(first).RootId);
    }

    [Theory]
    [InlineData(GoalType.LongTermGoal)]
    [InlineData(GoalType.ShortTermGoal)]
    [InlineData(GoalType.PracticeSession)]
    [InlineData(GoalType.NanoGoal)]
    public void A_parentless_session_cannot_be_started_in_a_goal_that_is_not_a_fractal_root(GoalType type)
    {
        var notRoot = GoalOfType(type);

        Assert.Equal(GoalRules.NotAFractalRoot, CodeOf(() => Goal.StartParentlessSession(notRoot, new SessionDetails("s"), Now)));
    }

    [Fact]
    public void A_parentless_session_is_not_a_fractal_root_to_start_another_in()
    {
        var session = Goal.StartParentlessSession(Fractal(), new SessionDetails("s"), Now);

        Assert.Equal(GoalRules.NotAFractalRoot, CodeOf(() => Goal.StartParentlessSession(session, new SessionDetails("s"), Now)));
    }

    [Fact]
    public void A_parentless_session_cannot_be_started_in_a_deleted_fractal()
    {
        var root = Fractal();
        new GoalTree(root, []).Delete(root.Id, Now);

        Assert.Equal(GoalRules.Deleted, CodeOf(() => Goal.StartParentlessSession(root, new SessionDetails("s"), Now)));
    }
}
