using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using static FractalGoals.UnitTests.Domain.Activities.ActivityTestData;

namespace FractalGoals.UnitTests.Domain.Sessions;

/// <summary>A session's instance order (ADR 0049): new ones last, the list by position then creation, reorder only from an exact list.</summary>
public sealed class ActivityInstanceOrderTests
{
    private readonly Goal _fractal;
    private readonly Goal _session;
    private readonly ActivityDefinition _activity;

    public ActivityInstanceOrderTests()
    {
        _fractal = Fractal();
        _session = Session(_fractal);
        _activity = Activity(_fractal, Reps);
    }

    [Fact]
    public void A_sessions_first_instance_is_at_0_and_each_next_one_after_the_largest_position()
    {
        var first = ActivityInstance.Create(new ActivityInstanceId("a"), _session, _activity, [], Now);
        var second = ActivityInstance.Create(new ActivityInstanceId("b"), _session, _activity, [first], Now);
        ActivityInstance.Reorder([first, second], [second.Id, first.Id], Now);

        var third = ActivityInstance.Create(new ActivityInstanceId("c"), _session, _activity, [first, second], Now);

        Assert.Equal((0, 1, 2), (second.SortOrder, first.SortOrder, third.SortOrder));
        Assert.Equal(["b", "a", "c"], ActivityInstance.InSessionOrder([third, first, second]).Select(i => i.Id.Value));
    }

    [Fact]
    public void Equal_positions_list_by_creation_then_id_as_every_legacy_row_at_0_does()
    {
        var late = ActivityInstance.Create(new ActivityInstanceId("a-late"), _session, _activity, Now.AddMinutes(1));
        var early = ActivityInstance.Create(new ActivityInstanceId("z-early"), _session, _activity, Now);
        var twin = ActivityInstance.Create(new ActivityInstanceId("y-early"), _session, _activity, Now);

        Assert.Equal(["y-early", "z-early", "a-late"], ActivityInstance.InSessionOrder([late, early, twin]).Select(i => i.Id.Value));
    }

    [Fact]
    public void Creating_after_instances_of_another_session_is_refused()
    {
        var elsewhere = ActivityInstance.Create(ActivityInstanceId.New(), Session(_fractal), _activity, Now);

        var refused = Assert.Throws<DomainRuleViolationException>(() => ActivityInstance.Create(ActivityInstanceId.New(), _session, _activity, [elsewhere], Now));

        Assert.Equal(SessionRules.NotOwnSession, refused.Code);
    }

    [Fact]
    public void Reorder_numbers_from_0_and_bumps_updated_at_only_where_the_position_changed()
    {
        var (a, b, c) = Three();
        var later = Now.AddMinutes(5);

        ActivityInstance.Reorder([a, b, c], [a.Id, c.Id, b.Id], later);

        // From 1, 2, 3: a and c moved, b stayed at 2.
        Assert.Equal((0, 1, 2), (a.SortOrder, c.SortOrder, b.SortOrder));
        Assert.Equal((later, later, Now), (a.UpdatedAt, c.UpdatedAt, b.UpdatedAt));
    }

    [Theory]
    [InlineData("partial", SessionRules.ReorderIncomplete)]
    [InlineData("unknown", SessionRules.ReorderUnknownInstance)]
    [InlineData("duplicate", SessionRules.ReorderDuplicate)]
    [InlineData("empty", SessionRules.ReorderIncomplete)]
    public void Reorder_from_a_list_that_is_not_exactly_the_sessions_changes_no_position(string kind, string code)
    {
        var (a, b, c) = Three();
        ActivityInstanceId[] order = kind switch
        {
            "partial" => [c.Id, a.Id],
            "unknown" => [c.Id, b.Id, a.Id, new ActivityInstanceId("nope")],
            "duplicate" => [c.Id, b.Id, c.Id, a.Id],
            _ => [],
        };

        var refused = Assert.Throws<DomainRuleViolationException>(() => ActivityInstance.Reorder([a, b, c], order, Now.AddMinutes(5)));

        Assert.Equal(code, refused.Code);
        Assert.Equal((1, 2, 3), (a.SortOrder, b.SortOrder, c.SortOrder));
        Assert.Equal((Now, Now, Now), (a.UpdatedAt, b.UpdatedAt, c.UpdatedAt));
    }

    [Fact]
    public void Reorder_refuses_instances_of_different_sessions_or_deleted_ones()
    {
        var (a, b, _) = Three();
        var elsewhere = ActivityInstance.Create(ActivityInstanceId.New(), Session(_fractal), _activity, Now);
        b.Delete(Now);

        Assert.Equal(SessionRules.NotOwnSession, Assert.Throws<DomainRuleViolationException>(() => ActivityInstance.Reorder([a, elsewhere], [a.Id, elsewhere.Id], Now)).Code);
        Assert.Equal(SessionRules.InstanceDeleted, Assert.Throws<DomainRuleViolationException>(() => ActivityInstance.Reorder([a, b], [a.Id, b.Id], Now)).Code);
    }

    // Three instances at positions 1, 2, 3 (a session that had one before them, since deleted).
    private (ActivityInstance A, ActivityInstance B, ActivityInstance C) Three()
    {
        var gone = ActivityInstance.Create(new ActivityInstanceId("gone"), _session, _activity, [], Now);
        var a = ActivityInstance.Create(new ActivityInstanceId("a"), _session, _activity, [gone], Now);
        var b = ActivityInstance.Create(new ActivityInstanceId("b"), _session, _activity, [gone, a], Now);
        var c = ActivityInstance.Create(new ActivityInstanceId("c"), _session, _activity, [gone, a, b], Now);
        return (a, b, c);
    }
}
