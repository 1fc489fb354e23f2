using FractalGoals.Domain.Activities;
using static FractalGoals.UnitTests.Domain.Activities.ActivityTestData;

namespace FractalGoals.UnitTests.Domain.Activities;

/// <summary>Updating an activity's metric list (api-contract #33, domain-rules §6.2, §11).</summary>
public sealed class MetricReconciliationTests
{
    private readonly ActivityDefinition _activity = Activity(Fractal(), Reps, Weight);

    private MetricDefinition RepsMetric => _activity.Metrics.Single(m => m.Name == "Reps");

    private MetricDefinition WeightMetric => _activity.Metrics.Single(m => m.Name == "Weight");

    [Fact]
    public void Metric_matched_by_id_is_redefined_and_keeps_its_id()
    {
        var reps = RepsMetric;

        _activity.ReconcileMetrics([new("Repetitions", "Count", IsTopSetMetric: true, Id: reps.Id), Weight], Nothing, Later);

        Assert.Same(reps, _activity.ActiveMetrics[0]);
        Assert.Equal(("Repetitions", "Count", true, true, Later), (reps.Name, reps.Unit, reps.IsTopSetMetric, reps.IsMultiplicative, reps.UpdatedAt));
        Assert.Equal(2, _activity.Metrics.Count);
    }

    [Fact]
    public void Metric_matched_by_identical_name_and_unit_keeps_its_id_and_takes_the_new_flags()
    {
        var weight = WeightMetric;

        _activity.ReconcileMetrics([Reps, new("Weight", "kg", IsTopSetMetric: true, IsMultiplicative: false)], Nothing, Later);

        Assert.Same(weight, _activity.ActiveMetrics.Single(m => m.Name == "Weight"));
        Assert.Equal((true, false, Later), (weight.IsTopSetMetric, weight.IsMultiplicative, weight.UpdatedAt));
        Assert.Equal(Now, RepsMetric.UpdatedAt);   // matched, nothing changed
    }

    [Fact]
    public void Name_and_unit_must_both_be_identical_to_match()
    {
        var weight = WeightMetric;

        _activity.ReconcileMetrics([Reps, new("Weight", "lb")], Nothing, Later);

        Assert.DoesNotContain(weight, _activity.Metrics);
        Assert.Equal([("Reps", "Count"), ("Weight", "lb")], _activity.ActiveMetrics.Select(m => (m.Name, m.Unit)));
    }

    [Fact]
    public void Unmatched_entry_creates_a_metric_of_the_activity()
    {
        _activity.ReconcileMetrics([Reps, Weight, Rpe], Nothing, Later);

        var rpe = _activity.ActiveMetrics.Single(m => m.Name == "RPE");
        Assert.Equal((_activity.Id, _activity.RootId, Later, true), (rpe.ActivityId, rpe.RootId, rpe.CreatedAt, rpe.IsActive));
    }

    [Fact]
    public void Entry_with_an_unknown_id_falls_back_to_name_and_unit()
    {
        var reps = RepsMetric;

        _activity.ReconcileMetrics([new("Reps", "Count", Id: MetricDefinitionId.New()), Weight], Nothing, Later);

        Assert.Same(reps, _activity.ActiveMetrics[0]);
    }

    [Fact]
    public void Metric_with_values_is_retired_and_without_is_removed()
    {
        var (reps, weight) = (RepsMetric, WeightMetric);

        _activity.ReconcileMetrics([Rpe], id => id == reps.Id, Later);

        Assert.Equal((Later, false), (reps.DeletedAt, reps.IsActive));
        Assert.Contains(reps, _activity.Metrics);
        Assert.DoesNotContain(weight, _activity.Metrics);
        Assert.Equal(["RPE"], _activity.ActiveMetrics.Select(m => m.Name));
    }

    [Fact]
    public void Retired_metric_keeps_name_and_unit()
    {
        var reps = RepsMetric;

        _activity.ReconcileMetrics([Weight], _ => true, Later);

        var resolved = _activity.FindMetric(reps.Id);
        Assert.NotNull(resolved);
        Assert.Equal(("Reps", "Count", false), (resolved.Name, resolved.Unit, resolved.IsLive));
        Assert.DoesNotContain(resolved, _activity.ActiveMetrics);
    }

    [Fact]
    public void Retired_metric_is_matched_neither_by_id_nor_by_name_and_unit()
    {
        var reps = RepsMetric;
        _activity.ReconcileMetrics([Weight], _ => true, Now);

        _activity.ReconcileMetrics([new("Reps", "Count", Id: reps.Id), new("Reps", "Count"), Weight], Nothing, Later);

        Assert.Equal((false, "Reps"), (reps.IsActive, reps.Name));
        Assert.Equal(2, _activity.ActiveMetrics.Count(m => m.Name == "Reps"));
        Assert.DoesNotContain(reps, _activity.ActiveMetrics);
    }

    [Fact]
    public void A_metric_is_matched_by_one_entry_only()
    {
        var reps = RepsMetric;

        _activity.ReconcileMetrics([Reps, Reps, Weight], Nothing, Later);

        Assert.Same(reps, _activity.ActiveMetrics[0]);
        Assert.Equal(3, _activity.ActiveMetrics.Count);
        Assert.Equal(2, _activity.ActiveMetrics.Count(m => m.Name == "Reps"));
    }

    [Fact]
    public void An_id_claims_its_metric_before_a_same_named_entry_can()
    {
        var reps = RepsMetric;

        _activity.ReconcileMetrics([Reps, new("Reps v2", "Count", Id: reps.Id)], Nothing, Later);

        Assert.Equal("Reps v2", reps.Name);
        Assert.Equal(["Reps v2", "Reps"], _activity.ActiveMetrics.Select(m => m.Name));
        Assert.Equal(2, _activity.Metrics.Count);   // Weight was not submitted: removed
    }

    [Fact]
    public void Three_new_metrics_can_replace_three_old_ones()
    {
        var full = Activity(Fractal(), Reps, Weight, Tempo);

        full.ReconcileMetrics([Rpe, new("Sets", "Count"), new("Rest", "s")], _ => true, Later);

        Assert.Equal(["RPE", "Sets", "Rest"], full.ActiveMetrics.Select(m => m.Name));
        Assert.Equal(6, full.Metrics.Count);
    }

    [Fact]
    public void Four_submitted_metrics_are_rejected_and_nothing_changes()
    {
        var error = Violation(() => _activity.ReconcileMetrics([Rpe, Tempo, new("", ""), new(" ", "x")], Nothing, Later));

        Assert.Equal((ActivityRules.TooManyMetrics, "Maximum of 3 metrics allowed per activity."), (error.Code, error.Message));
        Assert.Equal(["Reps", "Weight"], _activity.ActiveMetrics.Select(m => m.Name));
    }

    [Fact]
    public void An_empty_list_takes_every_metric_off()
    {
        _activity.ReconcileMetrics([], Nothing, Later);

        Assert.Empty(_activity.Metrics);
    }

    [Fact]
    public void Reconciling_to_the_same_list_changes_nothing()
    {
        _activity.ReconcileMetrics([Reps, Weight], Nothing, Later);

        Assert.All(_activity.Metrics, m => Assert.Equal(Now, m.UpdatedAt));
        Assert.Equal(Now, _activity.UpdatedAt);
    }

    [Fact]
    public void Removing_an_unknown_or_retired_metric_is_rejected()
    {
        var reps = RepsMetric;
        _activity.RemoveMetric(reps.Id, hasValues: true, Later);

        Assert.Equal(ActivityRules.UnknownMetric, Violation(() => _activity.RemoveMetric(reps.Id, true, Later)).Code);
        Assert.Equal(ActivityRules.UnknownMetric, Violation(() => _activity.RemoveMetric(MetricDefinitionId.New(), true, Later)).Code);
    }

    [Fact]
    public void RemoveMetric_reports_how_the_metric_went()
    {
        var (reps, weight) = (RepsMetric, WeightMetric);

        Assert.Equal(DefinitionRemoval.Retired, _activity.RemoveMetric(reps.Id, hasValues: true, Later));
        Assert.Equal(DefinitionRemoval.Removed, _activity.RemoveMetric(weight.Id, hasValues: false, Later));
        Assert.Equal([reps], _activity.Metrics);
    }

    private static bool Nothing<T>(T id) => false;
}
