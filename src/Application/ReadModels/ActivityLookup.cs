using FractalGoals.Domain.Activities;

namespace FractalGoals.Application.ReadModels;

/// <summary>
/// Names and units for rendering instances and values: every activity definition a set of instances refers to,
/// retired ones included (history keeps its names, domain-rules §6.2). Missing rows render as the contract says.
/// </summary>
public sealed class ActivityLookup
{
    private readonly Dictionary<ActivityDefinitionId, ActivityDefinition> _activities;
    private readonly Dictionary<MetricDefinitionId, MetricDefinition> _metrics;
    private readonly Dictionary<SplitDefinitionId, SplitDefinition> _splits;

    public ActivityLookup(IEnumerable<ActivityDefinition> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        _activities = activities.ToDictionary(a => a.Id);
        _metrics = _activities.Values.SelectMany(a => a.Metrics).ToDictionary(m => m.Id);
        _splits = _activities.Values.SelectMany(a => a.Splits).ToDictionary(s => s.Id);
    }

    public static ActivityLookup Empty { get; } = new([]);

    /// <summary>The definition's name, or "Unknown" when the row does not exist (§2.3).</summary>
    public string ActivityName(ActivityDefinitionId id) => _activities.TryGetValue(id, out var a) ? a.Name : "Unknown";

    public MetricDefinition? Metric(MetricDefinitionId id) => _metrics.GetValueOrDefault(id);

    public SplitDefinition? Split(SplitDefinitionId? id) => id is { } key ? _splits.GetValueOrDefault(key) : null;
}
