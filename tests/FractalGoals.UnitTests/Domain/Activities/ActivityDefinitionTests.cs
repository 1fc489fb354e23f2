using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using static FractalGoals.UnitTests.Domain.Activities.ActivityTestData;

namespace FractalGoals.UnitTests.Domain.Activities;

public sealed class ActivityDefinitionTests
{
    private readonly Goal _fractal = Fractal();

    [Fact]
    public void Activity_and_its_definitions_belong_to_the_fractal_it_is_created_in()
    {
        var activity = SplitActivity(_fractal);

        Assert.Equal(_fractal.Id, activity.RootId);
        Assert.All(activity.Metrics, m => Assert.Equal((activity.Id, _fractal.Id), (m.ActivityId, m.RootId)));
        Assert.All(activity.Splits, s => Assert.Equal((activity.Id, _fractal.Id), (s.ActivityId, s.RootId)));
        Assert.Equal((Now, Now), (activity.CreatedAt, activity.UpdatedAt));
        Assert.All(activity.Metrics, m => Assert.Equal((Now, Now), (m.CreatedAt, m.UpdatedAt)));
    }

    [Fact]
    public void New_activity_has_the_legacy_defaults()
    {
        var activity = ActivityDefinition.Create(_fractal, new ActivityDetails("Scales"), null, Now);

        Assert.Equal(("Scales", ""), (activity.Name, activity.Description));
        Assert.Equal((false, true, false, false), (activity.HasSets, activity.HasMetrics, activity.MetricsMultiplicative, activity.HasSplits));
        Assert.Null(activity.GroupId);
        Assert.Empty(activity.Metrics);
        Assert.Empty(activity.Splits);
    }

    [Fact]
    public void New_metric_is_active_and_multiplicative_unless_told_otherwise()
    {
        var activity = Activity(_fractal, Reps, new MetricDraft("Weight", "kg", IsTopSetMetric: true, IsMultiplicative: false));

        Assert.Equal(("Reps", "Count", true, false, true), Shape(activity.Metrics[0]));
        Assert.Equal(("Weight", "kg", true, true, false), Shape(activity.Metrics[1]));
    }

    [Fact]
    public void Activity_needs_a_live_fractal_root()
    {
        var longTerm = _fractal.AddChild("Learn songs", null, GoalType.LongTermGoal, null, Now);
        Assert.Equal(GoalRules.NotAFractalRoot, Violation(() => Activity(longTerm)).Code);

        DeleteFractal(_fractal, Now, longTerm);
        Assert.Equal(GoalRules.Deleted, Violation(() => Activity(_fractal)).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Activity_without_name_is_rejected_with_Name_is_required(string? name)
    {
        var error = Violation(() => ActivityDefinition.Create(_fractal, new ActivityDetails(name), null, Now));

        Assert.Equal((ActivityRules.NameRequired, "Name is required"), (error.Code, error.Message));
    }

    [Fact]
    public void Each_flag_is_set_on_its_own()
    {
        var activity = Activity(_fractal);

        activity.SetHasSplits(true, Later);
        Assert.Equal((false, true, false, true), Flags(activity));
        activity.SetMetricsMultiplicative(true, Later);
        Assert.Equal((false, true, true, true), Flags(activity));
        activity.SetHasSets(true, Later);
        Assert.Equal((true, true, true, true), Flags(activity));
        activity.SetHasMetrics(false, Later);
        Assert.Equal((true, false, true, true), Flags(activity));
    }

    [Fact]
    public void Updated_at_moves_only_when_something_really_changes()
    {
        var activity = Activity(_fractal);

        activity.Rename("Scales", Later);
        activity.Describe(null, Later);
        activity.SetHasMetrics(true, Later);
        activity.SetHasSplits(false, Later);
        activity.AssignToGroup(null, Later);
        Assert.Equal(Now, activity.UpdatedAt);

        activity.Rename("Arpeggios", Latest);
        Assert.Equal(("Arpeggios", Latest), (activity.Name, activity.UpdatedAt));
    }

    [Fact]
    public void Activity_joins_and_leaves_a_group_of_its_fractal()
    {
        var group = ActivityGroup.Create(_fractal, "Technique", null, 1, Now);
        var activity = ActivityDefinition.Create(_fractal, new ActivityDetails("Scales"), group, Now);
        Assert.Equal(group.Id, activity.GroupId);

        activity.AssignToGroup(null, Later);

        Assert.Null(activity.GroupId);
        Assert.Equal(Later, activity.UpdatedAt);
    }

    [Fact]
    public void Activity_in_a_group_of_another_fractal_is_rejected()
    {
        var foreign = ActivityGroup.Create(Fractal("Other"), "Technique", null, 1, Now);
        var activity = Activity(_fractal);

        Assert.Equal(ActivityRules.CrossFractal, Violation(() => activity.AssignToGroup(foreign, Later)).Code);
        Assert.Equal(ActivityRules.CrossFractal, Violation(() => ActivityDefinition.Create(_fractal, new ActivityDetails("Scales"), foreign, Now)).Code);
        Assert.Null(activity.GroupId);
    }

    [Fact]
    public void Activity_in_a_deleted_group_is_rejected()
    {
        var group = ActivityGroup.Create(_fractal, "Technique", null, 1, Now);
        group.Delete([], Now);

        Assert.Equal(ActivityRules.GroupDeleted, Violation(() => Activity(_fractal).AssignToGroup(group, Later)).Code);
        Assert.Equal(ActivityRules.GroupDeleted, Violation(() => ActivityDefinition.Create(_fractal, new ActivityDetails("Scales"), group, Now)).Code);
    }

    [Fact]
    public void Fourth_active_metric_is_rejected()
    {
        var activity = Activity(_fractal, Reps, Weight, Tempo);

        var error = Violation(() => activity.AddMetric("RPE", "1-10", false, true, Later));

        Assert.Equal((ActivityRules.TooManyMetrics, "Maximum of 3 metrics allowed per activity."), (error.Code, error.Message));
        Assert.Equal(3, activity.ActiveMetrics.Count);
    }

    [Fact]
    public void Four_submitted_metrics_are_rejected_even_when_one_is_blank()
    {
        var error = Violation(() => Activity(_fractal, Reps, Weight, Tempo, new MetricDraft("", "")));

        Assert.Equal((ActivityRules.TooManyMetrics, "Maximum of 3 metrics allowed per activity."), (error.Code, error.Message));
    }

    [Fact]
    public void Retired_metric_does_not_count_toward_the_limit()
    {
        var activity = Activity(_fractal, Reps, Weight, Tempo);
        activity.RemoveMetric(activity.Metrics[0].Id, hasValues: true, Later);

        activity.AddMetric("RPE", "1-10", false, true, Later);

        Assert.Equal(3, activity.ActiveMetrics.Count);
        Assert.Equal(4, activity.Metrics.Count);
    }

    [Fact]
    public void Sixth_active_split_is_rejected()
    {
        var activity = ActivityDefinition.Create(_fractal,
            new ActivityDetails("Scales", HasSplits: true, Splits: [new("1"), new("2"), new("3"), new("4"), new("5")]), null, Now);

        var error = Violation(() => activity.AddSplit("6", Later));

        Assert.Equal((ActivityRules.TooManySplits, "Maximum of 5 splits allowed per activity."), (error.Code, error.Message));
        Assert.Equal(5, activity.ActiveSplits.Count);
    }

    [Fact]
    public void Six_submitted_splits_are_rejected_even_when_one_is_blank()
    {
        var details = new ActivityDetails("Scales", HasSplits: true, Splits: [new("1"), new("2"), new("3"), new("4"), new("5"), new(" ")]);

        Assert.Equal(ActivityRules.TooManySplits, Violation(() => ActivityDefinition.Create(_fractal, details, null, Now)).Code);
    }

    [Fact]
    public void Blank_metric_and_split_entries_are_ignored()
    {
        var activity = ActivityDefinition.Create(_fractal,
            new ActivityDetails("Squat", HasSplits: true, Metrics: [new("Reps", " "), new("", "kg"), Weight], Splits: [new(""), new("Left")]), null, Now);

        Assert.Equal(["Weight"], activity.ActiveMetrics.Select(m => m.Name));
        Assert.Equal(["Left"], activity.ActiveSplits.Select(s => s.Name));
    }

    [Fact]
    public void Split_order_is_its_position_among_active_splits()
    {
        var activity = ActivityDefinition.Create(_fractal,
            new ActivityDetails("Squat", HasSplits: true, Splits: [new("Left"), new(null), new("Right")]), null, Now);
        Assert.Equal([("Left", 0), ("Right", 1)], activity.ActiveSplits.Select(s => (s.Name, s.Order)));

        var middle = activity.AddSplit("Middle", Later);
        Assert.Equal(2, middle.Order);

        activity.RemoveSplit(activity.ActiveSplits[0].Id, hasValues: true, Later);
        Assert.Equal([("Right", 0), ("Middle", 1)], activity.ActiveSplits.Select(s => (s.Name, s.Order)));
    }

    [Fact]
    public void Delete_with_instances_retires_the_activity_and_its_live_definitions_with_one_instant()
    {
        var activity = SplitActivity(_fractal);
        activity.AddMetric("Weight", "kg", false, true, Now);
        activity.RemoveMetric(activity.Metrics[1].Id, hasValues: true, Now);   // retired on its own, earlier

        var outcome = activity.Delete(hasInstances: true, Later);

        Assert.Equal(ActivityDeleteOutcome.Retired, outcome);
        Assert.Equal(Later, activity.DeletedAt);
        Assert.Equal([Later, Now], activity.Metrics.Select(m => m.DeletedAt!.Value));
        Assert.All(activity.Splits, s => Assert.Equal(Later, s.DeletedAt));
        Assert.Equal("Reps", activity.FindMetric(activity.Metrics[0].Id)!.Name);   // still resolvable
    }

    [Fact]
    public void Delete_without_instances_reports_removable_and_changes_nothing()
    {
        var activity = SplitActivity(_fractal);

        Assert.Equal(ActivityDeleteOutcome.Removable, activity.Delete(hasInstances: false, Later));

        Assert.False(activity.IsDeleted);
        Assert.All(activity.Metrics, m => Assert.Null(m.DeletedAt));
    }

    public static TheoryData<string> Changes() =>
        ["rename", "describe", "has_sets", "has_metrics", "metrics_multiplicative", "has_splits", "group", "add_metric", "add_split",
         "remove_metric", "remove_split", "metrics", "splits", "slot", "delete"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Deleted_activity_accepts_no_changes(string change)
    {
        var activity = SplitActivity(_fractal);
        var (metric, split) = (activity.Metrics[0].Id, activity.Splits[0].Id);
        activity.Delete(hasInstances: true, Now);
        Action act = change switch
        {
            "rename" => () => activity.Rename("x", Later),
            "describe" => () => activity.Describe("x", Later),
            "has_sets" => () => activity.SetHasSets(true, Later),
            "has_metrics" => () => activity.SetHasMetrics(false, Later),
            "metrics_multiplicative" => () => activity.SetMetricsMultiplicative(true, Later),
            "has_splits" => () => activity.SetHasSplits(false, Later),
            "group" => () => activity.AssignToGroup(null, Later),
            "add_metric" => () => activity.AddMetric("RPE", "1-10", false, true, Later),
            "add_split" => () => activity.AddSplit("Middle", Later),
            "remove_metric" => () => activity.RemoveMetric(metric, false, Later),
            "remove_split" => () => activity.RemoveSplit(split, false, Later),
            "metrics" => () => activity.ReconcileMetrics([Rpe], _ => false, Later),
            "splits" => () => activity.ReconcileSplits([], _ => false, Later),
            "slot" => () => activity.SlotFor(metric, split),
            _ => () => activity.Delete(true, Later),
        };

        var error = Violation(act);

        Assert.Equal((ActivityRules.Deleted, "Activity not found"), (error.Code, error.Message));
        Assert.Equal(("Single Leg Squat", Now, Now), (activity.Name, activity.UpdatedAt, activity.DeletedAt));
        Assert.Equal((1, 2), (activity.Metrics.Count, activity.Splits.Count));
    }

    [Fact]
    public void Fractal_deletion_hides_the_activity_and_its_definitions_and_restoration_reveals_them()
    {
        var activity = SplitActivity(_fractal);
        var tree = new GoalTree(_fractal, []);

        activity.HideWith(tree.Delete(_fractal.Id, Later));
        Assert.Equal(Later, activity.DeletedAt);
        Assert.Empty(activity.ActiveMetrics);
        Assert.All(activity.Splits, s => Assert.Equal(Later, s.DeletedAt));

        activity.RevealWith(tree.Restore(_fractal.Id));
        Assert.False(activity.IsDeleted);
        Assert.Single(activity.ActiveMetrics);
        Assert.Equal(2, activity.ActiveSplits.Count);
    }

    [Fact]
    public void Restoring_the_fractal_brings_back_only_what_its_deletion_hid()
    {
        var activity = SplitActivity(_fractal);
        activity.AddMetric("Weight", "kg", false, true, Now);
        activity.RemoveMetric(activity.Metrics[1].Id, hasValues: true, Now);
        activity.RemoveSplit(activity.Splits[1].Id, hasValues: true, Now);
        var retired = SplitActivity(_fractal);
        retired.Delete(hasInstances: true, Now);
        var tree = new GoalTree(_fractal, []);

        var deletion = tree.Delete(_fractal.Id, Later);
        activity.HideWith(deletion);
        retired.HideWith(deletion);
        var restoration = tree.Restore(_fractal.Id);
        activity.RevealWith(restoration);
        retired.RevealWith(restoration);

        Assert.Equal(["Reps"], activity.ActiveMetrics.Select(m => m.Name));
        Assert.Equal(["Left"], activity.ActiveSplits.Select(s => s.Name));
        Assert.Equal(Now, retired.DeletedAt);
        Assert.All(retired.Metrics, m => Assert.Equal(Now, m.DeletedAt));
    }

    [Fact]
    public void Retired_metric_stays_retired_even_when_the_fractal_was_deleted_at_the_same_instant()
    {
        var activity = Activity(_fractal, Reps, Weight);
        var reps = activity.Metrics[0];
        activity.RemoveMetric(reps.Id, hasValues: true, Later);
        var tree = new GoalTree(_fractal, []);

        activity.HideWith(tree.Delete(_fractal.Id, Later));   // the goal tree cannot know the metric's instant
        activity.RevealWith(tree.Restore(_fractal.Id));

        Assert.Equal((Later, false), (reps.DeletedAt, reps.IsActive));
        Assert.Equal(["Weight"], activity.ActiveMetrics.Select(m => m.Name));
    }

    [Fact]
    public void Only_deleting_its_own_fractal_hides_an_activity()
    {
        var activity = Activity(_fractal, Reps);
        var longTerm = _fractal.AddChild("Learn songs", null, GoalType.LongTermGoal, null, Now);

        Assert.Equal(ActivityRules.NotAFractalDeletion, Violation(() => activity.HideWith(new GoalTree(_fractal, [longTerm]).Delete(longTerm.Id, Later))).Code);
        Assert.Equal(GoalRules.CrossFractal, Violation(() => activity.HideWith(DeleteFractal(Fractal("Other"), Later))).Code);
        Assert.False(activity.IsDeleted);
    }

    private static (string, string, bool, bool, bool) Shape(MetricDefinition m) => (m.Name, m.Unit, m.IsActive, m.IsTopSetMetric, m.IsMultiplicative);

    private static (bool, bool, bool, bool) Flags(ActivityDefinition a) => (a.HasSets, a.HasMetrics, a.MetricsMultiplicative, a.HasSplits);
}
