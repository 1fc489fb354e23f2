using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities;

/// <summary>
/// A named bucket in a fractal's flat, ordered list of activity groups (domain-rules §3.3, §11). An activity
/// belongs to at most one group; the group does not own its activities, it is only referenced by them.
/// </summary>
public sealed class ActivityGroup : AggregateRoot<ActivityGroupId>, IRootScoped, ISoftDeletable, IAuditable
{
    private ActivityGroup()
    {
    }

    public GoalId RootId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public DateTime? CreatedAt { get; private set; }

    /// <summary>Nullable like the column (it has no default); the application always writes one.</summary>
    public int? SortOrder { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>
    /// The sort order of a new group: the largest existing one (or 0) plus 1, as the legacy app computes it —
    /// so the first group gets 1 while <see cref="Reorder"/> numbers from 0 (api-contract Q-20, reproduced).
    /// </summary>
    public static int NextSortOrder(IEnumerable<int?> existingSortOrders)
    {
        ArgumentNullException.ThrowIfNull(existingSortOrders);
        return Math.Max(existingSortOrders.Max() ?? 0, 0) + 1;
    }

    public static ActivityGroup Create(Goal fractalRoot, string? name, string? description, int sortOrder, DateTime now)
    {
        var rootId = FractalScope.RootIdOf(fractalRoot);
        var at = Timestamp.Naive(now);
        return new ActivityGroup
        {
            Id = ActivityGroupId.New(), RootId = rootId, Name = ValidName(name), Description = TextRules.Description(description),
            SortOrder = sortOrder, CreatedAt = at, UpdatedAt = at,
        };
    }

    /// <summary>
    /// Rewrites the sort order 0-based in the given order. All groups must be live groups of one fractal; the
    /// caller drops ids that are not (api-contract #28 ignores them), which keeps the relative order.
    /// </summary>
    public static void Reorder(IReadOnlyList<ActivityGroup> groupsInOrder, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(groupsInOrder);
        if (groupsInOrder.Count == 0) return;
        foreach (var group in groupsInOrder)
        {
            ArgumentNullException.ThrowIfNull(group);
            group.EnsureLive();
            if (group.RootId != groupsInOrder[0].RootId)
                throw new DomainRuleViolationException(ActivityRules.CrossFractal, "Groups of different fractals cannot be ordered together");
        }
        for (var position = 0; position < groupsInOrder.Count; position++)
        {
            var group = groupsInOrder[position];
            group.Change(group.SortOrder, position, v => group.SortOrder = v, now);
        }
    }

    public void Rename(string? name, DateTime now) => Change(Name, ValidName(name), v => Name = v, now);

    public void Describe(string? description, DateTime now) => Change(Description, TextRules.Description(description), v => Description = v, now);

    /// <summary>
    /// Deletes the group and takes its live member activities out of it (they are kept, ungrouped — the legacy
    /// behaviour). Pass every activity whose <c>group_id</c> is this group; retired members keep their history.
    /// </summary>
    public void Delete(IEnumerable<ActivityDefinition> members, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(members);
        EnsureLive();
        var list = members.ToList();
        foreach (var member in list)
        {
            ArgumentNullException.ThrowIfNull(member);
            if (member.RootId != RootId)
                throw new DomainRuleViolationException(ActivityRules.CrossFractal, "The activity belongs to another fractal");
            if (member.GroupId != Id)
                throw new DomainRuleViolationException(ActivityRules.NotInGroup, $"Activity {member.Id} is not in group {Id}");
        }
        var at = Timestamp.Naive(now);
        foreach (var member in list.Where(m => !m.IsDeleted)) member.LeaveGroup(at);
        DeletedAt = at;
    }

    /// <summary>Hidden with its fractal: takes the deletion's instant unless deleted earlier on its own.</summary>
    public void HideWith(GoalDeletion deletion)
    {
        FractalScope.EnsureHides(deletion, this);
        DeletedAt = SoftDeleteStamp.Hide(DeletedAt, deletion.At);
    }

    public void RevealWith(GoalRestoration restoration)
    {
        FractalScope.EnsureReveals(restoration, this);
        DeletedAt = SoftDeleteStamp.Reveal(DeletedAt, restoration.Stamp);
    }

    internal void EnsureLive()
    {
        if (IsDeleted)
            throw new DomainRuleViolationException(ActivityRules.GroupDeleted, "Group not found");
    }

    private static string ValidName(string? name) => TextRules.Name(name, ActivityRules.GroupNameRequired, "Name is required");

    /// <summary>Applies a change and bumps <see cref="UpdatedAt"/> only when the value really differs (§7).</summary>
    private void Change<T>(T current, T next, Action<T> apply, DateTime now)
    {
        EnsureLive();
        if (EqualityComparer<T>.Default.Equals(current, next)) return;
        apply(next);
        UpdatedAt = Timestamp.Naive(now);
    }
}
