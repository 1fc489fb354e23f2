using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Goals;

/// <summary>
/// All goals of one fractal (deleted ones included), loaded to delete or restore a subtree as one unit
/// (domain-rules §6.2, ADR 0011). A delete stamps the goal and every live descendant with one instant; a restore
/// brings back exactly the rows carrying that instant, so rows deleted earlier on their own stay deleted.
/// Invariant kept: a live goal never has a deleted ancestor.
/// </summary>
public sealed class GoalTree
{
    private readonly Dictionary<GoalId, Goal> _byId;
    private readonly ILookup<GoalId, Goal> _children;

    public GoalTree(Goal root, IEnumerable<Goal> members)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(members);
        if (!root.IsFractalRoot)
            throw new DomainRuleViolationException(GoalRules.NotAFractalRoot, "Fractal not found");
        Root = root;
        _byId = new Dictionary<GoalId, Goal> { [root.Id] = root };
        foreach (var goal in members)
        {
            if (goal.RootId != root.Id)
                throw new DomainRuleViolationException(GoalRules.CrossFractal, $"Goal {goal.Id} belongs to another fractal");
            _byId[goal.Id] = goal;
        }
        _children = _byId.Values.Where(g => g.ParentId is not null).ToLookup(g => g.ParentId!.Value);
    }

    public Goal Root { get; }

    public IReadOnlyCollection<Goal> Goals => _byId.Values;

    public Goal Find(GoalId id) =>
        _byId.TryGetValue(id, out var goal) ? goal : throw new DomainRuleViolationException(GoalRules.NotInTree, "Goal not found");

    /// <summary>Deletes a goal and everything it hides; deleting the root hides every goal of the fractal.</summary>
    public GoalDeletion Delete(GoalId id, DateTime now)
    {
        var target = Find(id);
        if (target.IsDeleted)
            throw new DomainRuleViolationException(GoalRules.AlreadyDeleted, "Goal not found");
        var stamp = UnusedStamp(Timestamp.Naive(now));
        var hidden = Scope(target).Where(g => !g.IsDeleted).ToList();
        hidden.ForEach(g => g.MarkDeleted(stamp));
        return new GoalDeletion(Root.Id, target.Id, target == Root, stamp, hidden.Select(g => g.Id).ToHashSet());
    }

    /// <summary>Undoes exactly one delete. The parent (or, for a parentless session, the fractal) must be live.</summary>
    public GoalRestoration Restore(GoalId id)
    {
        var target = Find(id);
        if (target.DeletedAt is not { } stamp)
            throw new DomainRuleViolationException(GoalRules.NotDeleted, "Goal is not deleted");
        var owner = target.ParentId is { } parentId ? _byId.GetValueOrDefault(parentId) : target == Root ? null : Root;
        if (owner is { IsDeleted: true })
            throw new DomainRuleViolationException(GoalRules.ParentDeleted, "Restore the parent goal first");
        var restored = Scope(target).Where(g => g.DeletedAt == stamp).ToList();
        restored.ForEach(g => g.MarkRestored());
        return new GoalRestoration(Root.Id, target.Id, target == Root, stamp, restored.Select(g => g.Id).ToHashSet());
    }

    /// <summary>The goal and its descendants; for the root, every goal of the fractal (parentless sessions too).</summary>
    private IEnumerable<Goal> Scope(Goal target) => target == Root ? _byId.Values : Descendants(target).Prepend(target);

    private IEnumerable<Goal> Descendants(Goal goal)
    {
        var pending = new Stack<Goal>(_children[goal.Id]);
        var seen = new HashSet<GoalId> { goal.Id };
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next.Id)) continue;   // defensive: legacy data may hold a cycle
            yield return next;
            foreach (var child in _children[next.Id]) pending.Push(child);
        }
    }

    // Two deletes within one clock tick must stay distinguishable, or a restore would undo both.
    private DateTime UnusedStamp(DateTime now)
    {
        var used = _byId.Values.Where(g => g.DeletedAt is not null).Select(g => g.DeletedAt!.Value).ToHashSet();
        while (used.Contains(now)) now = now.AddTicks(10);
        return now;
    }
}
