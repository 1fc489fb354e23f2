using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions;

/// <summary>
/// The number recorded for one metric (and split, or none) of an activity instance (domain-rules §3.8, §11).
/// Created and changed only by its <see cref="ActivityInstance"/>, which keeps one per slot; it has no
/// <c>deleted_at</c> and is hidden through its instance.
/// </summary>
public sealed class MetricValue : Entity<MetricValueId>, IRootScoped, IAuditable, IInsertionOrdered
{
    private MetricValue()
    {
    }

    internal MetricValue(MetricValueId id, ActivityInstance instance, MetricSlot slot, double value, DateTime at)
    {
        Id = id;
        ActivityInstanceId = instance.Id;
        RootId = instance.RootId;
        (MetricDefinitionId, SplitDefinitionId, Value) = (slot.MetricId, slot.SplitId, value);
        (CreatedAt, UpdatedAt) = (at, at);
    }

    public ActivityInstanceId ActivityInstanceId { get; private set; }

    public MetricDefinitionId MetricDefinitionId { get; private set; }

    public double Value { get; private set; }

    public GoalId RootId { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    /// <summary>Order among siblings, assigned by the store on first save (see <see cref="IInsertionOrdered"/>).</summary>
    public long InsertionOrder { get; private set; }

    /// <summary>When this object was made, relative to its siblings; not stored.</summary>
    public long CreationTicket { get; } = CreationTickets.Next();

    /// <summary>NULL on rows older than the 2026-01-01 migration.</summary>
    public DateTime? CreatedAt { get; private set; }

    public SplitDefinitionId? SplitDefinitionId { get; private set; }

    internal bool Fills(MetricSlot slot) => MetricDefinitionId == slot.MetricId && SplitDefinitionId == slot.SplitId;

    internal void ChangeTo(double value, DateTime now)
    {
        if (Value.Equals(value)) return;
        Value = value;
        UpdatedAt = Timestamp.Naive(now);
    }
}
