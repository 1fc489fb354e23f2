using FractalGoals.Domain.Activities;

namespace FractalGoals.Application.Activities;

/// <summary>Submitted metric and split entries as the aggregate's drafts, with the contract's defaults.</summary>
internal static class ActivityInputs
{
    // A null entry counts toward the limit and is skipped like a blank one, as the legacy builder does. An id that can
    // never be one names no existing definition, so the entry is matched by name or created.
    public static List<MetricDraft> Metrics(IEnumerable<ActivityMetricInput?> inputs) =>
        [.. inputs.Select(m => m is null
            ? new MetricDraft(null, null)
            : new MetricDraft(m.Name, m.Unit, m.IsTopSetMetric ?? false, m.IsMultiplicative ?? true,
                MetricDefinitionId.TryParse(m.Id, out var id) ? id : null))];

    public static List<SplitDraft> Splits(IEnumerable<ActivitySplitInput?> inputs) =>
        [.. inputs.Select(s => s is null ? new SplitDraft(null) : new SplitDraft(s.Name, SplitDefinitionId.TryParse(s.Id, out var id) ? id : null))];
}
