using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using static FractalGoals.UnitTests.Domain.Goals.GoalFixtures;

namespace FractalGoals.UnitTests.Domain.Goals;

/// <summary>created_at / updated_at (domain-rules §7, §15.15) and the shape of names and times.</summary>
public sealed class GoalAuditTests
{
    private static readonly DateTime Later = Now.AddMinutes(5);
    private static readonly DateTime EvenLater = Now.AddMinutes(9);

    [Fact]
    public void A_new_goal_has_created_and_updated_set_to_the_same_instant()
    {
        var root = Fractal();
        var child = root.AddChild("x", "", GoalType.LongTermGoal, null, Later);
        var session = Goal.StartParentlessSession(root, new SessionDetails("s"), EvenLater);

        Assert.Equal((Now, Now), (root.CreatedAt, root.UpdatedAt));
        Assert.Equal((Later, Later), (child.CreatedAt, child.UpdatedAt));
        Assert.Equal((EvenLater, EvenLater), (session.CreatedAt, session.UpdatedAt));
        Assert.Null(root.DeletedAt);
        Assert.False(root.Completed);
        Assert.Null(root.Targets);
        Assert.Equal(0, root.SortOrder);
    }

    [Fact]
    public void An_effective_change_bumps_updated_but_never_created()
    {
        var goal = Fractal();

        goal.Rename("Play piano well", Later);

        Assert.Equal("Play piano well", goal.Name);
        Assert.Equal(Now, goal.CreatedAt);
        Assert.Equal(Later, goal.UpdatedAt);
    }

    [Theory]
    [InlineData("Play guitar well")]
    [InlineData("  Play guitar well  ")]
    public void Renaming_to_the_same_name_keeps_updated(string sameName)
    {
        var goal = Fractal();

        goal.Rename(sameName, Later);

        Assert.Equal("Play guitar well", goal.Name);
        Assert.Equal(Now, goal.UpdatedAt);
    }

    [Fact]
    public void Every_no_op_update_keeps_updated()
    {
        var goal = GoalOfType(GoalType.LongTermGoal);
        goal.SetDeadline(new DateOnly(2026, 3, 31), Now);
        goal.Describe("why", Now);
        goal.SetTargets(JsonText.Parse("[{\"id\":\"t\"}]", "targets"), Now);

        goal.SetDeadline(new DateOnly(2026, 3, 31), Later);
        goal.Describe("why", Later);
        goal.SetTargets(JsonText.Parse("[{\"id\":\"t\"}]", "targets"), Later);
        goal.SetCompleted(false, Later);

        Assert.Equal(Now, goal.UpdatedAt);
    }

    [Fact]
    public void Each_kind_of_effective_change_bumps_updated()
    {
        var goal = GoalOfType(GoalType.LongTermGoal);

        goal.Describe("why", Later);
        Assert.Equal(Later, goal.UpdatedAt);
        goal.SetDeadline(new DateOnly(2026, 3, 31), EvenLater);
        Assert.Equal(EvenLater, goal.UpdatedAt);
        goal.SetCompleted(true, EvenLater.AddMinutes(1));
        Assert.Equal(EvenLater.AddMinutes(1), goal.UpdatedAt);
        Assert.Equal(Now, goal.CreatedAt);
    }

    [Fact]
    public void A_deadline_is_a_date_stored_as_midnight()
    {
        var goal = GoalOfType(GoalType.MidTermGoal);

        goal.SetDeadline(new DateOnly(2026, 3, 31), Later);
        Assert.Equal(new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Unspecified), goal.Deadline);

        goal.SetDeadline(null, EvenLater);
        Assert.Null(goal.Deadline);
        Assert.Equal(EvenLater, goal.UpdatedAt);
    }

    [Fact]
    public void A_child_deadline_given_at_creation_is_stored_as_midnight()
    {
        var child = Fractal().AddChild("x", "", GoalType.LongTermGoal, new DateOnly(2026, 3, 1), Now);

        Assert.Equal(new DateTime(2026, 3, 1), child.Deadline);
    }

    [Fact]
    public void Times_are_stored_with_microsecond_precision_and_no_kind()
    {
        var now = new DateTime(2026, 1, 2, 9, 14, 3, DateTimeKind.Local).AddTicks(5_128_779);

        var goal = Fractal(now: now);
        var created = (goal.CreatedAt, goal.UpdatedAt);
        goal.Rename("other", now.AddTicks(3));

        var expected = new DateTime(2026, 1, 2, 9, 14, 3).AddTicks(5_128_770);
        Assert.Equal((expected, expected), created);
        Assert.Equal(DateTimeKind.Unspecified, goal.CreatedAt!.Value.Kind);
        Assert.Equal(expected.AddTicks(10), goal.UpdatedAt);
        Assert.Equal(DateTimeKind.Unspecified, goal.UpdatedAt!.Value.Kind);
    }

    [Fact]
    public void A_utc_clock_reading_is_rejected()
    {
        var utc = DateTime.SpecifyKind(Now, DateTimeKind.Utc);
        var goal = Fractal();

        Assert.Equal("time.not_local", CodeOf(() => Fractal(now: utc)));
        Assert.Equal("time.not_local", CodeOf(() => goal.Rename("other", utc)));
        Assert.Equal("time.not_local", CodeOf(() => goal.SetCompleted(true, utc)));
        Assert.Equal("time.not_local", CodeOf(() => goal.AddChild("x", "", GoalType.LongTermGoal, null, utc)));
        Assert.Equal("Play guitar well", goal.Name);
        Assert.False(goal.Completed);
        Assert.Empty(goal.DomainEvents);
        Assert.Equal(Now, goal.UpdatedAt);
    }

    [Fact]
    public void A_utc_clock_reading_leaves_session_data_unchanged()
    {
        var session = GoalOfType(GoalType.PracticeSession);

        var code = CodeOf(() => session.RecordSessionData(JsonText.Parse("{}", "session_data"), DateTime.SpecifyKind(Later, DateTimeKind.Utc)));

        Assert.Equal("time.not_local", code);
        Assert.Null(session.Attributes);
        Assert.Null(session.SessionData);
        Assert.Equal(Now, session.UpdatedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_goal_needs_a_name(string? name)
    {
        var root = Fractal();

        Assert.Equal(GoalRules.NameRequired, CodeOf(() => Goal.CreateFractal(name, "", GoalType.UltimateGoal, Now)));
        Assert.Equal(GoalRules.NameRequired, CodeOf(() => root.AddChild(name, "", GoalType.LongTermGoal, null, Now)));
        Assert.Equal(GoalRules.NameRequired, CodeOf(() => root.AddChild("x", "", GoalType.LongTermGoal, null, Now).AddChild(name, "", GoalType.MidTermGoal, null, Now)));
        Assert.Equal(GoalRules.NameRequired, CodeOf(() => Goal.StartParentlessSession(root, new SessionDetails(name), Now)));
        Assert.Equal(GoalRules.NameRequired, CodeOf(() => root.Rename(name, Later)));
        Assert.Equal("Play guitar well", root.Name);
    }

    [Fact]
    public void Names_are_trimmed_and_descriptions_default_to_empty()
    {
        var goal = Goal.CreateFractal("  Learn Spanish ", null, GoalType.UltimateGoal, Now);

        Assert.Equal("Learn Spanish", goal.Name);
        Assert.Equal(string.Empty, goal.Description);
    }

    [Fact]
    public void An_overlong_name_is_rejected()
    {
        var error = Violation(() => Goal.CreateFractal(new string('x', TextRules.NameMaxLength + 1), "", GoalType.UltimateGoal, Now));

        Assert.Equal(GoalRules.NameRequired + "_too_long", error.Code);
    }
}
