using FractalGoals.Domain.Activities;

namespace FractalGoals.Application.Activities;

/// <summary>Submitted metric and split entries as the aggregate's drafts, with the contract's defaults.</summary>
internal static class ActivityInputs
{
    // A null entry counts toward the limit and is skipped like a blank one, as the legacy builder does.
    public static List<MetricDraft> Metrics(IEnumerable<ActivityMetricInput?> inputs) =>
        [.. inputs.Select(m => m is null
            ? new MetricDraft(null, null)
            : new MetricDraft(m.Name, m.Unit, m.IsTopSetMetric ?? false, m.IsMultiplicative ?? true, ActivityIds.Metric(m.Id)))];

    public static List<SplitDraft> Splits(IEnumerable<ActivitySplitInput?> inputs) =>
        [.. inputs.Select(s => s is null ? new SplitDraft(null) : new SplitDraft(s.Name, ActivityIds.Split(s.Id)))];
}
