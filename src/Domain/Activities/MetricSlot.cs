using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities;

/// <summary>
/// Proof that a (metric, split-or-none) pair may take a value for an activity: only
/// <see cref="ActivityDefinition.SlotFor"/> makes one, after checking the activity is live, the metric is its own
/// and active, and a split is given only for a split activity and is its own live split. Compared by value.
/// </summary>
public sealed record MetricSlot
{
    internal MetricSlot(ActivityDefinitionId activityId, GoalId rootId, MetricDefinitionId metricId, SplitDefinitionId? splitId) =>
        (ActivityId, RootId, MetricId, SplitId) = (activityId, rootId, metricId, splitId);

    public ActivityDefinitionId ActivityId { get; }

    public GoalId RootId { get; }

    public MetricDefinitionId MetricId { get; }

    public SplitDefinitionId? SplitId { get; }
}
