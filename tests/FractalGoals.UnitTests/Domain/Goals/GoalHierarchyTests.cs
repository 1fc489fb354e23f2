using System.Reflection;
using FractalGoals.Domain.Goals;
using static FractalGoals.UnitTests.Domain.Goals.GoalFixtures;

namespace FractalGoals.UnitTests.Domain.Goals;

/// <summary>The level chain (domain-rules §4, §15.1–3): a child is always exactly one level below its parent.</summary>
public sealed class GoalHierarchyTests
{
    private const string InvalidRootMessage = "Invalid root goal type. Must be one of: UltimateGoal, LongTermGoal, MidTermGoal, ShortTermGoal";

    // Written out rather than computed, so the test does not share the production formula.
    private static readonly HashSet<(GoalType Parent, GoalType Child)> AllowedPairs =
    [
        (GoalType.UltimateGoal, GoalType.LongTermGoal),
        (GoalType.LongTermGoal, GoalType.MidTermGoal),
        (GoalType.MidTermGoal, GoalType.ShortTermGoal),
        (GoalType.ShortTermGoal, GoalType.PracticeSession),
        (GoalType.PracticeSession, GoalType.ImmediateGoal),
        (GoalType.ImmediateGoal, GoalType.MicroGoal),
        (GoalType.MicroGoal, GoalType.NanoGoal),
    ];

    public static TheoryData<GoalType, GoalType> AllPairs()
    {
        var data = new TheoryData<GoalType, GoalType>();
        foreach (var parent in Enum.GetValues<GoalType>())
            foreach (var child in Enum.GetValues<GoalType>())
                data.Add(parent, child);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void A_child_is_accepted_only_when_it_is_the_next_level_of_its_parent(GoalType parentType, GoalType childType)
    {
        var parent = GoalOfType(parentType);
        var allowed = AllowedPairs.Contains((parentType, childType));

        if (childType == GoalType.PracticeSession)
        {
            // Sessions have their own entry point; the goal route never makes one.
            Assert.Equal(GoalRules.SessionNotAGoal, CodeOf(() => parent.AddChild("x", "", childType, null, Now)));
            if (allowed)
                Assert.Equal(GoalType.PracticeSession, parent.AddSession(new SessionDetails("s"), Now).Type);
            else
                Assert.Equal(GoalRules.SessionParentNotShortTerm, CodeOf(() => parent.AddSession(new SessionDetails("s"), Now)));
            return;
        }

        if (allowed)
        {
            var child = parent.AddChild("x", "", childType, null, Now);
            Assert.Equal(childType, child.Type);
            Assert.Equal(parent.Id, child.ParentId);
        }
        else
        {
            Assert.Equal(GoalRules.NotNextLevel, CodeOf(() => parent.AddChild("x", "", childType, null, Now)));
        }
    }

    [Fact]
    public void Skipping_a_level_is_rejected()
    {
        var root = Fractal(GoalType.UltimateGoal);

        Assert.Equal(GoalRules.NotNextLevel, CodeOf(() => root.AddChild("x", "", GoalType.MidTermGoal, null, Now)));
    }

    [Fact]
    public void Going_up_a_level_is_rejected()
    {
        var midTerm = GoalOfType(GoalType.MidTermGoal);

        Assert.Equal(GoalRules.NotNextLevel, CodeOf(() => midTerm.AddChild("x", "", GoalType.LongTermGoal, null, Now)));
        Assert.Equal(GoalRules.NotNextLevel, CodeOf(() => midTerm.AddChild("x", "", GoalType.MidTermGoal, null, Now)));
    }

    [Fact]
    public void A_nano_goal_accepts_no_child_of_any_type()
    {
        var nano = GoalOfType(GoalType.NanoGoal);

        foreach (var type in Enum.GetValues<GoalType>().Where(t => t != GoalType.PracticeSession))
            Assert.Equal(GoalRules.NotNextLevel, CodeOf(() => nano.AddChild("x", "", type, null, Now)));
        Assert.Equal(GoalRules.SessionNotAGoal, CodeOf(() => nano.AddChild("x", "", GoalType.PracticeSession, null, Now)));
        Assert.Equal(GoalRules.SessionParentNotShortTerm, CodeOf(() => nano.AddSession(new SessionDetails("s"), Now)));
    }

    [Fact]
    public void A_short_term_goal_refuses_a_practice_session_through_AddChild()
    {
        var shortTerm = GoalOfType(GoalType.ShortTermGoal);

        var error = Violation(() => shortTerm.AddChild("x", "", GoalType.PracticeSession, null, Now));

        Assert.Equal(GoalRules.SessionNotAGoal, error.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(-1)]
    public void An_undefined_type_value_is_never_accepted_as_a_child(int value)
    {
        foreach (var parentType in Enum.GetValues<GoalType>())
            Assert.Equal(GoalRules.NotNextLevel, CodeOf(() => GoalOfType(parentType).AddChild("x", "", (GoalType)value, null, Now)));
    }

    [Theory]
    [InlineData(GoalType.UltimateGoal, GoalType.LongTermGoal)]
    [InlineData(GoalType.LongTermGoal, GoalType.MidTermGoal)]
    [InlineData(GoalType.MidTermGoal, GoalType.ShortTermGoal)]
    [InlineData(GoalType.ShortTermGoal, GoalType.PracticeSession)]
    public void A_root_of_levels_1_to_4_continues_the_chain_from_its_own_level(GoalType rootType, GoalType firstChildType)
    {
        var root = Fractal(rootType);

        var child = NextBelow(root);

        Assert.True(root.IsFractalRoot);
        Assert.Equal(rootType, root.Type);
        Assert.Null(root.ParentId);
        Assert.Equal(firstChildType, child.Type);
    }

    [Theory]
    [InlineData(GoalType.PracticeSession)]
    [InlineData(GoalType.ImmediateGoal)]
    [InlineData(GoalType.MicroGoal)]
    [InlineData(GoalType.NanoGoal)]
    [InlineData((GoalType)0)]
    [InlineData((GoalType)9)]
    public void A_root_of_any_other_type_is_rejected_with_the_contract_message(GoalType type)
    {
        var error = Violation(() => Goal.CreateFractal("x", "", type, Now));

        Assert.Equal(GoalRules.InvalidRootType, error.Code);
        Assert.Equal(InvalidRootMessage, error.Message);
    }

    [Theory]
    [InlineData(nameof(Goal.Type))]
    [InlineData(nameof(Goal.ParentId))]
    [InlineData(nameof(Goal.RootId))]
    [InlineData(nameof(Goal.Id))]
    public void Identity_and_place_in_the_tree_have_no_public_or_internal_setter(string propertyName)
    {
        var property = typeof(Goal).GetProperty(propertyName, BindingFlags.Public | BindingFlags.Instance)!;

        var setter = property.GetSetMethod(nonPublic: true);

        Assert.True(setter is null || !(setter.IsPublic || setter.IsAssembly || setter.IsFamilyOrAssembly),
            $"{propertyName} has a setter visible outside the entity");
    }

    [Fact]
    public void Goal_can_only_be_built_by_its_factories()
    {
        var constructors = typeof(Goal).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);

        Assert.All(constructors, c => Assert.True(c.IsPrivate, $"{c} is not private"));
        Assert.True(typeof(Goal).IsSealed);
    }
}
