using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities;

/// <summary>
/// A part of an activity recorded separately, e.g. "Left"/"Right" (domain-rules §3.6). Created and changed only by
/// its <see cref="ActivityDefinition"/>; <see cref="Order"/> is its position among the live splits. A retired split
/// (<c>deleted_at</c> set) stays resolvable so old values keep their split name (§6.2).
/// </summary>
public sealed class SplitDefinition : Entity<SplitDefinitionId>, IRootScoped, ISoftDeletable, IAuditable, IInsertionOrdered
{
    private SplitDefinition()
    {
    }

    internal SplitDefinition(SplitDefinitionId id, ActivityDefinition activity, string name, int order, DateTime at)
    {
        Id = id;
        ActivityId = activity.Id;
        RootId = activity.RootId;
        (Name, Order) = (name, order);
        (CreatedAt, UpdatedAt) = (at, at);
    }

    public ActivityDefinitionId ActivityId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Column <c>"order"</c>: 0-based position among the activity's live splits.</summary>
    public int Order { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public GoalId RootId { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    /// <summary>Order among siblings, assigned by the store on first save (see <see cref="IInsertionOrdered"/>).</summary>
    public long InsertionOrder { get; private set; }

    /// <summary>When this object was made, relative to its siblings; not stored.</summary>
    public long CreationTicket { get; } = CreationTickets.Next();

    public bool IsDeleted => DeletedAt is not null;

    public bool IsLive => DeletedAt is null;

    internal static string ValidName(string? name) => TextRules.Name(name, ActivityRules.SplitNameRequired, "Split name is required");

    internal void Redefine(string name, int order, DateTime now)
    {
        if (Name == name && Order == order) return;
        (Name, Order) = (name, order);
        UpdatedAt = Timestamp.Naive(now);
    }

    internal void MoveTo(int order, DateTime now) => Redefine(Name, order, now);

    /// <summary>Removed from the activity while values still point at it: kept for history, never listed again.</summary>
    internal void Retire(DateTime at) => DeletedAt = at;

    internal void Hide(DateTime at) => DeletedAt = SoftDeleteStamp.Hide(DeletedAt, at);

    internal void Reveal(DateTime stamp) => DeletedAt = SoftDeleteStamp.Reveal(DeletedAt, stamp);
}
