using FractalGoals.Domain.Activities;
using static FractalGoals.UnitTests.Domain.Activities.ActivityTestData;

namespace FractalGoals.UnitTests.Domain.Activities;

/// <summary>Updating an activity's split list (api-contract #33, domain-rules §6.2, §11).</summary>
public sealed class SplitReconciliationTests
{
    private readonly ActivityDefinition _activity = SplitActivity(Fractal());

    private SplitDefinition Left => _activity.Splits.Single(s => s.Name == "Left");

    private SplitDefinition Right => _activity.Splits.Single(s => s.Name == "Right");

    [Fact]
    public void Split_matched_by_id_is_renamed_and_reordered()
    {
        var (left, right) = (Left, Right);

        _activity.ReconcileSplits([new("Right side", right.Id), new("Left", left.Id)], Nothing, Later);

        Assert.Equal([("Right side", 0), ("Left", 1)], _activity.ActiveSplits.Select(s => (s.Name, s.Order)));
        Assert.Equal([right, left], _activity.ActiveSplits);
        Assert.Equal((Later, Later), (left.UpdatedAt, right.UpdatedAt));
    }

    [Fact]
    public void Split_without_a_matching_id_is_created_even_with_a_known_name()
    {
        var left = Left;

        _activity.ReconcileSplits([new("Left"), new("Right", Right.Id)], Nothing, Later);

        Assert.DoesNotContain(left, _activity.Splits);
        var created = _activity.ActiveSplits[0];
        Assert.Equal(("Left", 0, _activity.Id, _activity.RootId, Later), (created.Name, created.Order, created.ActivityId, created.RootId, created.CreatedAt));
    }

    [Fact]
    public void Split_with_values_is_retired_and_without_is_removed()
    {
        var (left, right) = (Left, Right);

        _activity.ReconcileSplits([new("Middle")], id => id == left.Id, Later);

        Assert.Equal(Later, left.DeletedAt);
        Assert.Contains(left, _activity.Splits);
        Assert.DoesNotContain(right, _activity.Splits);
        Assert.Equal([("Middle", 0)], _activity.ActiveSplits.Select(s => (s.Name, s.Order)));
    }

    [Fact]
    public void Retired_split_keeps_its_name_and_is_not_matched_again()
    {
        var left = Left;
        _activity.ReconcileSplits([new("Right", Right.Id)], _ => true, Now);

        _activity.ReconcileSplits([new("Left", left.Id), new("Right", Right.Id)], Nothing, Later);

        Assert.Equal(("Left", Now), (_activity.FindSplit(left.Id)!.Name, left.DeletedAt));
        Assert.DoesNotContain(left, _activity.ActiveSplits);
        Assert.Equal(["Left", "Right"], _activity.ActiveSplits.Select(s => s.Name));
    }

    [Fact]
    public void Blank_split_entries_leave_no_gap_in_the_order()
    {
        _activity.ReconcileSplits([new("Left", Left.Id), new("  "), new("Right", Right.Id)], Nothing, Later);

        Assert.Equal([("Left", 0), ("Right", 1)], _activity.ActiveSplits.Select(s => (s.Name, s.Order)));
        Assert.Equal(Now, Left.UpdatedAt);   // same name, same place
    }

    [Fact]
    public void Six_submitted_splits_are_rejected_and_nothing_changes()
    {
        var error = Violation(() => _activity.ReconcileSplits([new("1"), new("2"), new("3"), new("4"), new("5"), new("6")], Nothing, Later));

        Assert.Equal((ActivityRules.TooManySplits, "Maximum of 5 splits allowed per activity."), (error.Code, error.Message));
        Assert.Equal(["Left", "Right"], _activity.ActiveSplits.Select(s => s.Name));
    }

    [Fact]
    public void RemoveSplit_reports_how_the_split_went()
    {
        var (left, right) = (Left, Right);

        Assert.Equal(DefinitionRemoval.Removed, _activity.RemoveSplit(left.Id, hasValues: false, Later));
        Assert.Equal(DefinitionRemoval.Retired, _activity.RemoveSplit(right.Id, hasValues: true, Later));
        Assert.Equal([right], _activity.Splits);
        Assert.Equal(ActivityRules.UnknownSplit, Violation(() => _activity.RemoveSplit(right.Id, true, Later)).Code);
    }

    private static bool Nothing<T>(T id) => false;
}
