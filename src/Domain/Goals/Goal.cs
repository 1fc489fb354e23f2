using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Goals;

/// <summary>
/// A node of a fractal: any of the eight levels, practice sessions included (they share the <c>goals</c> table
/// and the level chain — ADR 0016). Created only through <see cref="CreateFractal"/> or a parent, so
/// <see cref="RootId"/>, <see cref="ParentId"/> and <see cref="Type"/> are derived and never change.
/// Session-only state lives in <c>Goal.Session.cs</c>.
/// </summary>
public sealed partial class Goal : AggregateRoot<GoalId>, IRootScoped, ISoftDeletable, IAuditable
{
    private Goal()
    {
    }

    public GoalType Type { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    /// <summary>A date, stored as a midnight datetime (domain-rules §3.1).</summary>
    public DateTime? Deadline { get; private set; }

    public bool Completed { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public GoalId? ParentId { get; private set; }

    public GoalId RootId { get; private set; }

    /// <summary>Raw JSON array of targets (§8.1); null means "no targets".</summary>
    public string? Targets { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    public bool IsSession => Type == GoalType.PracticeSession;

    /// <summary>The top of a tree: parentless, level 1–4, its own root.</summary>
    public bool IsFractalRoot => ParentId is null && GoalTypes.CanBeRoot(Type) && RootId == Id;

    public static Goal CreateFractal(string? name, string? description, GoalType type, DateTime now)
    {
        if (!GoalTypes.CanBeRoot(type))
            throw new DomainRuleViolationException(GoalRules.InvalidRootType,
                "Invalid root goal type. Must be one of: UltimateGoal, LongTermGoal, MidTermGoal, ShortTermGoal");
        var id = GoalId.New();
        return New(id, rootId: id, parentId: null, type, name, description, deadline: null, now);   // a root is its own root
    }

    /// <summary>A goal of the next level below this one. The parent is the factory: root and parent are copied, not chosen.</summary>
    public Goal AddChild(string? name, string? description, GoalType type, DateOnly? deadline, DateTime now)
    {
        EnsureLive();
        if (type == GoalType.PracticeSession)
            throw new DomainRuleViolationException(GoalRules.SessionNotAGoal, "Practice sessions are created as sessions, not as goals");
        EnsureNextLevel(type);
        return New(GoalId.New(), RootId, Id, type, name, description, deadline, now);
    }

    public void Rename(string? name, DateTime now) => Change(Name, ValidName(name), v => Name = v, now);

    public void Describe(string? description, DateTime now) => Change(Description, TextRules.Description(description), v => Description = v, now);

    public void SetDeadline(DateOnly? deadline, DateTime now) => Change(Deadline, ToMidnight(deadline), v => Deadline = v, now);

    /// <summary>Targets are a JSON array kept verbatim; an empty array (or none) clears them (§8.1).</summary>
    public void SetTargets(JsonText? targets, DateTime now)
    {
        if (targets is not null && targets.Kind is not (System.Text.Json.JsonValueKind.Array or System.Text.Json.JsonValueKind.Null))
            throw new DomainRuleViolationException(GoalRules.TargetsNotArray, "Targets must be a JSON array");
        Change(Targets, targets is null || targets.IsEmpty ? null : targets.Raw, v => Targets = v, now);
    }

    /// <summary>Flips completion of this one goal, as <see cref="SetCompleted"/> would set it (a bodyless PATCH, ADR 0048).</summary>
    public void ToggleCompleted(DateTime now) => SetCompleted(!Completed, now);

    /// <summary>Whether the stored targets hold one whose <c>id</c> is <paramref name="targetId"/>.</summary>
    public bool HasTarget(string targetId) => TargetList.Read(Targets) is { } stored && stored.Any(t => t.Id == targetId);

    /// <summary>
    /// Appends one target (ADR 0050). The stored targets are not re-serialised: each keeps its exact text and the new
    /// one is added as sent. A session has no targets of its own; a taken id is refused (the API answers 409 first).
    /// </summary>
    public void AddTarget(GoalTarget target, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(target);
        EnsureLive();
        if (IsSession)
            throw new DomainRuleViolationException(GoalRules.SessionTargets, "Practice sessions have no targets");
        var stored = TargetList.Read(Targets)
            ?? throw new DomainRuleViolationException(GoalRules.TargetsNotArray, "The stored targets are not a JSON array; replace them with a goal update");
        if (stored.Any(t => t.Id == target.Id))
            throw new DomainRuleViolationException(GoalRules.TargetExists, "Target already exists");
        Change(Targets, TargetList.Write([.. stored.Select(t => t.Raw), target.Raw]), v => Targets = v, now);
    }

    /// <summary>
    /// Removes every stored target with this id, the others kept as their exact text; removing the last clears the
    /// column (NULL, read back as <c>[]</c>), as an update with <c>[]</c> does. False when there is none.
    /// </summary>
    public bool RemoveTarget(string targetId, DateTime now)
    {
        EnsureLive();
        if (TargetList.Read(Targets) is not { } stored) return false;
        var kept = stored.Where(t => t.Id != targetId).Select(t => t.Raw).ToList();
        if (kept.Count == stored.Count) return false;
        Change(Targets, TargetList.Write(kept), v => Targets = v, now);
        return true;
    }

    /// <summary>Sets completion of this one goal; never cascades (§12). Completing raises <see cref="GoalCompleted"/>.</summary>
    public void SetCompleted(bool completed, DateTime now)
    {
        EnsureLive();
        if (Completed == completed) return;
        Change(Completed, completed, v => Completed = v, now);
        if (completed) Raise(new GoalCompleted(Id, RootId, UpdatedAt!.Value));
    }

    // Soft deletion is driven by GoalTree, which knows the dependants; these only stamp one row.
    internal void MarkDeleted(DateTime at) => DeletedAt ??= at;

    internal void MarkRestored() => DeletedAt = null;

    internal void EnsureLive()
    {
        if (IsDeleted)
            throw new DomainRuleViolationException(GoalRules.Deleted, $"{Type} {Id} is deleted");
    }

    private void EnsureNextLevel(GoalType childType)
    {
        if (!GoalTypes.IsKnown(childType) || GoalTypes.NextLevel(Type) != childType)
            throw new DomainRuleViolationException(GoalRules.NotNextLevel, $"A {childType} cannot be a child of a {Type}");
    }

    private static Goal New(GoalId id, GoalId rootId, GoalId? parentId, GoalType type, string? name, string? description, DateOnly? deadline, DateTime now)
    {
        var at = Timestamp.Naive(now);
        return new Goal
        {
            Id = id, RootId = rootId, ParentId = parentId, Type = type,
            Name = ValidName(name), Description = TextRules.Description(description), Deadline = ToMidnight(deadline),
            CreatedAt = at, UpdatedAt = at,
        };
    }

    private static string ValidName(string? name) => TextRules.Name(name, GoalRules.NameRequired, "Goal name is required");

    private static DateTime? ToMidnight(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);

    /// <summary>Applies a change and bumps <see cref="UpdatedAt"/> only when the value really differs (§7).</summary>
    private void Change<T>(T current, T next, Action<T> apply, DateTime now)
    {
        EnsureLive();
        var at = Timestamp.Naive(now);   // before applying: a rejected clock value must not leave a half-made change
        if (EqualityComparer<T>.Default.Equals(current, next)) return;
        apply(next);
        UpdatedAt = at;
    }
}
