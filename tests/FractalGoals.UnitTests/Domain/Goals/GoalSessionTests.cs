using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using static FractalGoals.UnitTests.Domain.Goals.GoalFixtures;

namespace FractalGoals.UnitTests.Domain.Goals;

/// <summary>Practice sessions (domain-rules §4.2, §9, §15.5; api-contract §4.4 #14, §4.5).</summary>
public sealed class GoalSessionTests
{
    private const string CrossFractalMessage = "All parent goals must belong to the same fractal tree";

    // Unknown keys, odd spacing, a number typed as a string, escapes and non-ASCII: all must survive untouched.
    private const string OddBlob =
        "{ \"sections\" : [ {\"name\":\"Warm Up\",\"exercises\":[{\"instance_id\":\"1767200643898\",\"sets\":[{\"reps\":\"15\"}]}]} ],\n" +
        "  \"unknown_key\": {\"nested\": [1, 2.50, 1e3, true, null]}, \"note\": \"\\u00e9t\u00e9 \\\"x\\\"\" }";

    private static readonly DateTime Later = Now.AddMinutes(5);

    [Theory]
    [InlineData(GoalType.UltimateGoal)]
    [InlineData(GoalType.LongTermGoal)]
    [InlineData(GoalType.MidTermGoal)]
    [InlineData(GoalType.PracticeSession)]
    [InlineData(GoalType.ImmediateGoal)]
    [InlineData(GoalType.MicroGoal)]
    [InlineData(GoalType.NanoGoal)]
    public void A_session_can_only_be_added_under_a_short_term_goal(GoalType parentType)
    {
        var parent = GoalOfType(parentType);

        Assert.Equal(GoalRules.SessionParentNotShortTerm, CodeOf(() => parent.AddSession(new SessionDetails("s"), Now)));
    }

    [Fact]
    public void A_session_under_a_short_term_goal_has_it_as_parent_and_only_parent()
    {
        var shortTerm = GoalOfType(GoalType.ShortTermGoal);

        var session = shortTerm.AddSession(new SessionDetails("Daily Stretching", DurationMinutes: 15), Now);

        Assert.Equal(GoalType.PracticeSession, session.Type);
        Assert.True(session.IsSession);
        Assert.Equal(shortTerm.Id, session.ParentId);
        Assert.Equal([shortTerm.Id], session.ParentIds);
        Assert.Equal(15, session.DurationMinutes);
        Assert.Empty(session.GoalLinks);
    }

    [Fact]
    public void Parent_ids_list_the_links_in_order_then_the_primary_parent()
    {
        var (primary, second, third) = ThreeShortTermSiblings();
        var session = primary.AddSession(new SessionDetails("s"), Now);

        session.LinkToGoal(third);
        session.LinkToGoal(second);

        Assert.Equal([third.Id, second.Id, primary.Id], session.ParentIds);
        Assert.Equal([third.Id, second.Id], session.GoalLinks.Select(l => l.ShortTermGoalId));
        Assert.All(session.GoalLinks, l => Assert.Equal(session.Id, l.PracticeSessionId));
    }

    [Fact]
    public void A_linked_primary_parent_is_listed_once_at_its_link_position()
    {
        var (primary, other, _) = ThreeShortTermSiblings();
        var session = primary.AddSession(new SessionDetails("s"), Now);

        session.LinkToGoal(primary);
        session.LinkToGoal(other);

        Assert.Equal([primary.Id, other.Id], session.ParentIds);
    }

    [Fact]
    public void Linking_the_same_goal_twice_keeps_one_link()
    {
        var root = Fractal();
        var shortTerm = ShortTermUnder(root);
        var session = Goal.StartParentlessSession(root, new SessionDetails("s"), Now);

        session.LinkToGoal(shortTerm);
        session.LinkToGoal(shortTerm);

        Assert.Single(session.GoalLinks);
        Assert.Equal([shortTerm.Id], session.ParentIds);
    }

    [Fact]
    public void A_session_cannot_be_linked_to_a_short_term_goal_of_another_fractal()
    {
        var session = GoalOfType(GoalType.PracticeSession);
        var foreign = GoalOfType(GoalType.ShortTermGoal);

        var error = Violation(() => session.LinkToGoal(foreign));

        Assert.Equal(GoalRules.CrossFractal, error.Code);
        Assert.Equal(CrossFractalMessage, error.Message);
        Assert.Empty(session.GoalLinks);
    }

    [Fact]
    public void A_parentless_session_cannot_be_linked_to_another_fractal_either()
    {
        var session = Goal.StartParentlessSession(Fractal(), new SessionDetails("s"), Now);
        var foreignRoot = Fractal(GoalType.ShortTermGoal);

        Assert.Equal(GoalRules.CrossFractal, CodeOf(() => session.LinkToGoal(foreignRoot)));
    }

    [Theory]
    [InlineData(GoalType.UltimateGoal)]
    [InlineData(GoalType.MidTermGoal)]
    [InlineData(GoalType.PracticeSession)]
    [InlineData(GoalType.ImmediateGoal)]
    public void A_session_can_only_be_linked_to_a_short_term_goal(GoalType type)
    {
        var chain = ChainDownTo(GoalType.PracticeSession);
        var session = chain[^1];
        var target = type == GoalType.PracticeSession
            ? chain[3].AddSession(new SessionDetails("other"), Now)
            : type == GoalType.ImmediateGoal ? session.AddChild("i", "", type, null, Now) : chain.Single(g => g.Type == type);

        Assert.Equal(GoalRules.SessionParentNotShortTerm, CodeOf(() => session.LinkToGoal(target)));
    }

    [Fact]
    public void A_short_term_root_can_be_linked_by_a_parentless_session_of_its_fractal()
    {
        var root = Fractal(GoalType.ShortTermGoal);
        var session = Goal.StartParentlessSession(root, new SessionDetails("s"), Now);

        session.LinkToGoal(root);

        Assert.Equal([root.Id], session.ParentIds);
        Assert.Null(session.ParentId);
    }

    public static TheoryData<string> SessionOnlyOperations() =>
        [nameof(Goal.LinkToGoal), nameof(Goal.RecordSessionData), nameof(Goal.PlanDuration),
         nameof(Goal.SetTotalDurationSeconds), nameof(Goal.SetSessionTimes), nameof(Goal.SetTemplateId)];

    [Theory]
    [MemberData(nameof(SessionOnlyOperations))]
    public void Session_only_operations_refuse_a_goal_that_is_not_a_session(string operation)
    {
        foreach (var type in Enum.GetValues<GoalType>().Where(t => t != GoalType.PracticeSession))
        {
            var chain = ChainDownTo(GoalType.NanoGoal);
            var goal = chain.Single(g => g.Type == type);
            var before = goal.UpdatedAt;

            Assert.Equal(GoalRules.NotASession, CodeOf(() => Apply(operation, goal, chain[3])));
            Assert.Null(goal.SessionJson);
            Assert.Null(goal.DurationMinutes);
            Assert.Null(goal.TemplateId);
            Assert.Null(goal.SessionStart);
            Assert.Empty(goal.GoalLinks);
            Assert.Equal(before, goal.UpdatedAt);
        }
    }

    [Fact]
    public void Negative_durations_are_rejected_at_creation()
    {
        var shortTerm = GoalOfType(GoalType.ShortTermGoal);

        Assert.Equal(GoalRules.NegativeDuration, CodeOf(() => shortTerm.AddSession(new SessionDetails("s", DurationMinutes: -1), Now)));
        Assert.Equal(GoalRules.NegativeDuration, CodeOf(() => shortTerm.AddSession(new SessionDetails("s", TotalDurationSeconds: -1), Now)));
        Assert.Equal(GoalRules.NegativeDuration,
            CodeOf(() => Goal.StartParentlessSession(Fractal(), new SessionDetails("s", DurationMinutes: -5), Now)));
    }

    [Fact]
    public void Negative_durations_are_rejected_on_update_and_leave_the_session_unchanged()
    {
        var session = GoalOfType(GoalType.PracticeSession);
        session.PlanDuration(30, Now);
        session.SetTotalDurationSeconds(600, Now);

        Assert.Equal(GoalRules.NegativeDuration, CodeOf(() => session.PlanDuration(-1, Later)));
        Assert.Equal(GoalRules.NegativeDuration, CodeOf(() => session.SetTotalDurationSeconds(-1, Later)));
        Assert.Equal(30, session.DurationMinutes);
        Assert.Equal(600, session.TotalDurationSeconds);
        Assert.Equal(Now, session.UpdatedAt);
    }

    [Fact]
    public void Zero_and_null_durations_are_accepted()
    {
        var session = GoalOfType(GoalType.PracticeSession);

        session.PlanDuration(0, Now);
        session.SetTotalDurationSeconds(0, Now);
        Assert.Equal(0, session.DurationMinutes);
        Assert.Equal(0, session.TotalDurationSeconds);

        session.PlanDuration(null, Now);
        Assert.Null(session.DurationMinutes);
    }

    [Fact]
    public void Recorded_session_data_is_kept_byte_for_byte_in_both_columns()
    {
        var session = GoalOfType(GoalType.PracticeSession);

        session.RecordSessionData(JsonText.Parse(OddBlob, "session_data"), Later);

        Assert.Equal(OddBlob, session.Attributes);
        Assert.Equal(OddBlob, session.SessionData);
        Assert.Equal(OddBlob, session.SessionJson);
        Assert.Equal(Later, session.UpdatedAt);
    }

    [Fact]
    public void Session_data_given_at_creation_is_kept_byte_for_byte_in_both_columns()
    {
        var root = Fractal();

        var session = Goal.StartParentlessSession(root, new SessionDetails("s", SessionData: JsonText.Parse(OddBlob, "session_data")), Now);

        Assert.Equal(OddBlob, session.Attributes);
        Assert.Equal(OddBlob, session.SessionData);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    public void Session_data_of_any_json_kind_is_stored_verbatim(string raw)
    {
        var session = GoalOfType(GoalType.PracticeSession);

        session.RecordSessionData(JsonText.Parse(raw, "session_data"), Later);

        Assert.Equal(raw, session.Attributes);
        Assert.Equal(raw, session.SessionData);
    }

    [Fact]
    public void Recording_the_same_session_data_again_is_not_a_change()
    {
        var session = GoalOfType(GoalType.PracticeSession);
        session.RecordSessionData(JsonText.Parse(OddBlob, "session_data"), Now);

        session.RecordSessionData(JsonText.Parse(OddBlob, "session_data"), Later);

        Assert.Equal(Now, session.UpdatedAt);
    }

    [Fact]
    public void Recording_differently_formatted_session_data_is_a_change_kept_as_sent()
    {
        var session = GoalOfType(GoalType.PracticeSession);
        session.RecordSessionData(JsonText.Parse("{\"a\":1}", "session_data"), Now);

        session.RecordSessionData(JsonText.Parse("{ \"a\" : 1 }", "session_data"), Later);

        Assert.Equal("{ \"a\" : 1 }", session.Attributes);
        Assert.Equal(Later, session.UpdatedAt);
    }

    [Fact]
    public void Session_details_are_stored_as_given_with_times_normalised()
    {
        var start = new DateTime(2026, 1, 1, 15, 56, 44, DateTimeKind.Unspecified).AddTicks(5_418_917);
        var details = new SessionDetails("Upper Body Day 1", "desc", 65, null, "tpl-1", 3_900, start, start.AddHours(1));

        var session = GoalOfType(GoalType.ShortTermGoal).AddSession(details, Now);

        Assert.Equal("Upper Body Day 1", session.Name);
        Assert.Equal("desc", session.Description);
        Assert.Equal(65, session.DurationMinutes);
        Assert.Equal(3_900, session.TotalDurationSeconds);
        Assert.Equal("tpl-1", session.TemplateId);
        Assert.Equal(start.AddTicks(-7), session.SessionStart);
        Assert.Equal(start.AddHours(1).AddTicks(-7), session.SessionEnd);
        Assert.Null(session.SessionJson);
    }

    [Fact]
    public void An_empty_template_id_is_stored_as_none()
    {
        var session = GoalOfType(GoalType.ShortTermGoal).AddSession(new SessionDetails("s", TemplateId: ""), Now);
        Assert.Null(session.TemplateId);

        session.SetTemplateId("tpl", Now);
        session.SetTemplateId("", Later);

        Assert.Null(session.TemplateId);
    }

    [Fact]
    public void Utc_session_times_are_rejected_without_changing_either_time()
    {
        var session = GoalOfType(GoalType.PracticeSession);
        var start = Now.AddHours(-1);

        var error = Violation(() => session.SetSessionTimes(start, DateTime.SpecifyKind(Now, DateTimeKind.Utc), Later));

        Assert.Equal("time.not_local", error.Code);
        Assert.Null(session.SessionStart);
        Assert.Null(session.SessionEnd);
        Assert.Equal(Now, session.UpdatedAt);
    }

    [Fact]
    public void Setting_the_same_session_times_is_not_a_change()
    {
        var session = GoalOfType(GoalType.PracticeSession);
        session.SetSessionTimes(Now.AddHours(-1), Now, Now);

        session.SetSessionTimes(Now.AddHours(-1), Now, Later);

        Assert.Equal(Now, session.UpdatedAt);
        Assert.Equal(Now.AddHours(-1), session.SessionStart);
        Assert.Equal(Now, session.SessionEnd);
    }

    [Fact]
    public void A_session_accepts_immediate_goals_as_children()
    {
        var session = GoalOfType(GoalType.PracticeSession);

        var immediate = session.AddChild("5 x 8 s tuck holds", "", GoalType.ImmediateGoal, null, Now);

        Assert.Equal(session.Id, immediate.ParentId);
        Assert.Equal(session.RootId, immediate.RootId);
        Assert.False(immediate.IsSession);
    }

    private static (Goal First, Goal Second, Goal Third) ThreeShortTermSiblings()
    {
        var midTerm = Fractal(GoalType.MidTermGoal);
        Goal Make(string name) => midTerm.AddChild(name, "", GoalType.ShortTermGoal, null, Now);
        return (Make("first"), Make("second"), Make("third"));
    }

    private static void Apply(string operation, Goal goal, Goal shortTerm)
    {
        switch (operation)
        {
            case nameof(Goal.LinkToGoal): goal.LinkToGoal(shortTerm); break;
            case nameof(Goal.RecordSessionData): goal.RecordSessionData(JsonText.Parse("{}", "session_data"), Later); break;
            case nameof(Goal.PlanDuration): goal.PlanDuration(10, Later); break;
            case nameof(Goal.SetTotalDurationSeconds): goal.SetTotalDurationSeconds(10, Later); break;
            case nameof(Goal.SetSessionTimes): goal.SetSessionTimes(Now, Later, Later); break;
            case nameof(Goal.SetTemplateId): goal.SetTemplateId("tpl", Later); break;
            default: throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }
}
