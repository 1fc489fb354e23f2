using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities;

/// <summary>
/// A quantity recorded for an activity, e.g. "Reps [Count]" (domain-rules §3.5). Created and changed only by its
/// <see cref="ActivityDefinition"/>. A retired metric (<c>is_active = false</c>, <c>deleted_at</c> set) stays
/// resolvable so old values keep their name and unit (§6.2).
/// </summary>
public sealed class MetricDefinition : Entity<MetricDefinitionId>, IRootScoped, ISoftDeletable, IAuditable, IInsertionOrdered
{
    private MetricDefinition()
    {
    }

    internal MetricDefinition(MetricDefinitionId id, ActivityDefinition activity, string name, string unit, bool isTopSetMetric, bool isMultiplicative, DateTime at)
    {
        Id = id;
        ActivityId = activity.Id;
        RootId = activity.RootId;
        (Name, Unit, IsTopSetMetric, IsMultiplicative) = (name, unit, isTopSetMetric, isMultiplicative);
        (CreatedAt, UpdatedAt) = (at, at);
    }

    public ActivityDefinitionId ActivityId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Unit { get; private set; } = string.Empty;

    public DateTime? CreatedAt { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    /// <summary>False only for a retired metric (§6.2).</summary>
    public bool IsActive { get; private set; } = true;

    public bool IsTopSetMetric { get; private set; }

    public bool IsMultiplicative { get; private set; } = true;

    public GoalId RootId { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    /// <summary>Order among siblings, assigned by the store on first save (see <see cref="IInsertionOrdered"/>).</summary>
    public long InsertionOrder { get; private set; }

    /// <summary>When this object was made, relative to its siblings; not stored.</summary>
    public long CreationTicket { get; } = CreationTickets.Next();

    /// <summary>Never written (legacy); listing order is creation order.</summary>
    public int SortOrder { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Listed, matched and recordable: neither retired nor hidden with its activity.</summary>
    public bool IsLive => IsActive && DeletedAt is null;

    internal static string ValidName(string? name) => TextRules.Name(name, ActivityRules.MetricNameRequired, "Metric name is required");

    internal static string ValidUnit(string? unit) => TextRules.Name(unit, ActivityRules.MetricUnitRequired, "Metric unit is required");

    internal bool Measures(string name, string unit) => string.Equals(Name, name, StringComparison.Ordinal) && string.Equals(Unit, unit, StringComparison.Ordinal);

    internal void Redefine(string name, string unit, bool isTopSetMetric, bool isMultiplicative, DateTime now)
    {
        var changed = false;
        changed |= Set(Name, name, v => Name = v);
        changed |= Set(Unit, unit, v => Unit = v);
        changed |= Set(IsTopSetMetric, isTopSetMetric, v => IsTopSetMetric = v);
        changed |= Set(IsMultiplicative, isMultiplicative, v => IsMultiplicative = v);
        if (changed) UpdatedAt = Timestamp.Naive(now);
    }

    /// <summary>Removed from the activity while values still point at it: kept for history, never listed again.</summary>
    internal void Retire(DateTime at) => (DeletedAt, IsActive) = (at, false);

    internal void Hide(DateTime at) => DeletedAt = SoftDeleteStamp.Hide(DeletedAt, at);

    // A retired metric stays retired even if a restore happens to carry its instant.
    internal void Reveal(DateTime stamp)
    {
        if (IsActive) DeletedAt = SoftDeleteStamp.Reveal(DeletedAt, stamp);
    }

    private static bool Set<T>(T current, T next, Action<T> apply)
    {
        if (EqualityComparer<T>.Default.Equals(current, next)) return false;
        apply(next);
        return true;
    }
}
