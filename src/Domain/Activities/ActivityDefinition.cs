using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities;

/// <summary>
/// A reusable exercise of a fractal with its metric and split definitions (domain-rules §3.4–§3.6, §11). The
/// aggregate keeps at most 3 live metrics and 5 live splits, numbers splits by position, and decides how a removed
/// definition goes: retired when values reference it, removed from <see cref="Metrics"/>/<see cref="Splits"/>
/// (a hard delete) otherwise (§6.2). The caller says which definitions have values; the aggregate applies the rule.
/// </summary>
public sealed class ActivityDefinition : AggregateRoot<ActivityDefinitionId>, IRootScoped, ISoftDeletable, IAuditable
{
    public const int MaxActiveMetrics = 3;
    public const int MaxActiveSplits = 5;

    private readonly List<MetricDefinition> _metrics = [];
    private readonly List<SplitDefinition> _splits = [];

    private ActivityDefinition()
    {
    }

    public GoalId RootId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Often a URL in practice.</summary>
    public string Description { get; private set; } = string.Empty;

    public DateTime? CreatedAt { get; private set; }

    public bool HasSets { get; private set; }

    public bool HasMetrics { get; private set; } = true;

    public bool MetricsMultiplicative { get; private set; }

    public bool HasSplits { get; private set; }

    public ActivityGroupId? GroupId { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Every metric definition, retired ones included (they resolve names and units of old values).</summary>
    public IReadOnlyList<MetricDefinition> Metrics => SiblingOrder.Of(_metrics);

    /// <summary>Every split definition, retired ones included.</summary>
    public IReadOnlyList<SplitDefinition> Splits => SiblingOrder.Of(_splits);

    /// <summary>The metrics to list and record against, in creation order.</summary>
    public IReadOnlyList<MetricDefinition> ActiveMetrics => [.. Metrics.Where(m => m.IsLive)];

    /// <summary>The splits to list and record against, by <see cref="SplitDefinition.Order"/>.</summary>
    public IReadOnlyList<SplitDefinition> ActiveSplits => [.. Splits.Where(s => s.IsLive).OrderBy(s => s.Order)];

    /// <summary>
    /// A new activity of the fractal, with its first metrics and splits (limits and blank entries as in
    /// <see cref="ReconcileMetrics"/>/<see cref="ReconcileSplits"/>; ids in the drafts are ignored).
    /// </summary>
    public static ActivityDefinition Create(Goal fractalRoot, ActivityDetails details, ActivityGroup? group, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var rootId = FractalScope.RootIdOf(fractalRoot);
        var at = Timestamp.Naive(now);
        var activity = new ActivityDefinition
        {
            Id = ActivityDefinitionId.New(), RootId = rootId, Name = ValidName(details.Name), Description = TextRules.Description(details.Description),
            HasSets = details.HasSets, HasMetrics = details.HasMetrics, MetricsMultiplicative = details.MetricsMultiplicative, HasSplits = details.HasSplits,
            CreatedAt = at, UpdatedAt = at,
        };
        if (group is not null) activity.GroupId = activity.JoinableGroup(group).Id;
        activity.ReconcileMetrics(details.Metrics ?? [], NothingRecorded, now);
        activity.ReconcileSplits(details.Splits ?? [], NothingRecorded, now);
        return activity;
    }

    public void Rename(string? name, DateTime now) => Change(Name, ValidName(name), v => Name = v, now);

    public void Describe(string? description, DateTime now) => Change(Description, TextRules.Description(description), v => Description = v, now);

    // Each flag is set on its own (api-contract Q-16: the legacy server only applied has_splits together with metrics_multiplicative).
    public void SetHasSets(bool hasSets, DateTime now) => Change(HasSets, hasSets, v => HasSets = v, now);

    public void SetHasMetrics(bool hasMetrics, DateTime now) => Change(HasMetrics, hasMetrics, v => HasMetrics = v, now);

    public void SetMetricsMultiplicative(bool metricsMultiplicative, DateTime now) => Change(MetricsMultiplicative, metricsMultiplicative, v => MetricsMultiplicative = v, now);

    public void SetHasSplits(bool hasSplits, DateTime now) => Change(HasSplits, hasSplits, v => HasSplits = v, now);

    /// <summary>Puts the activity in a live group of its fractal, or in none (<paramref name="group"/> null).</summary>
    public void AssignToGroup(ActivityGroup? group, DateTime now)
    {
        EnsureLive();
        Change(GroupId, group is null ? null : JoinableGroup(group).Id, v => GroupId = v, now);
    }

    public MetricDefinition AddMetric(string? name, string? unit, bool isTopSetMetric, bool isMultiplicative, DateTime now)
    {
        EnsureLive();
        var (validName, validUnit) = (MetricDefinition.ValidName(name), MetricDefinition.ValidUnit(unit));
        if (_metrics.Count(m => m.IsLive) >= MaxActiveMetrics)
            throw new DomainRuleViolationException(ActivityRules.TooManyMetrics, ActivityRules.TooManyMetricsMessage);
        var metric = new MetricDefinition(MetricDefinitionId.New(), this, validName, validUnit, isTopSetMetric, isMultiplicative, Timestamp.Naive(now));
        _metrics.Add(metric);
        return metric;
    }

    public SplitDefinition AddSplit(string? name, DateTime now)
    {
        EnsureLive();
        var validName = SplitDefinition.ValidName(name);
        var live = _splits.Count(s => s.IsLive);
        if (live >= MaxActiveSplits)
            throw new DomainRuleViolationException(ActivityRules.TooManySplits, ActivityRules.TooManySplitsMessage);
        var split = new SplitDefinition(SplitDefinitionId.New(), this, validName, order: live, Timestamp.Naive(now));
        _splits.Add(split);
        return split;
    }

    /// <summary>Takes a live metric off the activity: retired if it has values, removed otherwise (§6.2).</summary>
    public DefinitionRemoval RemoveMetric(MetricDefinitionId metricId, bool hasValues, DateTime now)
    {
        EnsureLive();
        var metric = _metrics.FirstOrDefault(m => m.Id == metricId && m.IsLive)
            ?? throw new DomainRuleViolationException(ActivityRules.UnknownMetric, "Metric not found on this activity");
        return Remove(metric, hasValues, Timestamp.Naive(now));
    }

    /// <summary>Takes a live split off the activity (§6.2 as for metrics); the others close up their order.</summary>
    public DefinitionRemoval RemoveSplit(SplitDefinitionId splitId, bool hasValues, DateTime now)
    {
        EnsureLive();
        var split = _splits.FirstOrDefault(s => s.Id == splitId && s.IsLive)
            ?? throw new DomainRuleViolationException(ActivityRules.UnknownSplit, "Split not found on this activity");
        var removal = Remove(split, hasValues, Timestamp.Naive(now));
        Renumber(now);
        return removal;
    }

    /// <summary>
    /// Makes the live metrics what was submitted (api-contract #33, domain-rules §11): more than 3 entries (blank
    /// ones counted) are refused; blank entries are ignored; an entry keeps the live metric its id names, else an
    /// unclaimed live metric with the identical name and unit (its flags are updated), else a metric is created;
    /// live metrics nobody kept are retired if <paramref name="hasValues"/> says so, removed otherwise.
    /// Retired metrics never match.
    /// </summary>
    public void ReconcileMetrics(IReadOnlyList<MetricDraft> submitted, Func<MetricDefinitionId, bool> hasValues, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(hasValues);
        EnsureLive();
        if (submitted.Count > MaxActiveMetrics)
            throw new DomainRuleViolationException(ActivityRules.TooManyMetrics, ActivityRules.TooManyMetricsMessage);
        var wanted = submitted
            .Where(s => s is not null && !string.IsNullOrWhiteSpace(s.Name) && !string.IsNullOrWhiteSpace(s.Unit))
            .Select(s => (s.Id, Name: MetricDefinition.ValidName(s.Name), Unit: MetricDefinition.ValidUnit(s.Unit), s.IsTopSetMetric, s.IsMultiplicative))
            .ToList();

        var live = Metrics.Where(m => m.IsLive).ToList();
        var kept = new MetricDefinition?[wanted.Count];
        for (var i = 0; i < wanted.Count; i++)   // ids claim first, so a same-named entry cannot steal a metric kept by id
            kept[i] = live.FirstOrDefault(m => m.Id == wanted[i].Id && !kept.Contains(m));
        for (var i = 0; i < wanted.Count; i++)
            kept[i] ??= live.FirstOrDefault(m => m.Measures(wanted[i].Name, wanted[i].Unit) && !kept.Contains(m));

        var at = Timestamp.Naive(now);
        foreach (var metric in live.Where(m => !kept.Contains(m))) Remove(metric, hasValues(metric.Id), at);
        for (var i = 0; i < wanted.Count; i++)
        {
            var (_, name, unit, isTopSet, isMultiplicative) = wanted[i];
            if (kept[i] is { } metric) metric.Redefine(name, unit, isTopSet, isMultiplicative, now);
            else _metrics.Add(new MetricDefinition(MetricDefinitionId.New(), this, name, unit, isTopSet, isMultiplicative, at));
        }
    }

    /// <summary>
    /// Makes the live splits what was submitted, in that order (api-contract #33): more than 5 entries are refused,
    /// blank names ignored; an entry keeps the live split its id names (renamed, re-ordered), else a split is
    /// created; live splits nobody kept are retired or removed as for metrics. <c>order</c> = position.
    /// </summary>
    public void ReconcileSplits(IReadOnlyList<SplitDraft> submitted, Func<SplitDefinitionId, bool> hasValues, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(hasValues);
        EnsureLive();
        if (submitted.Count > MaxActiveSplits)
            throw new DomainRuleViolationException(ActivityRules.TooManySplits, ActivityRules.TooManySplitsMessage);
        var wanted = submitted
            .Where(s => s is not null && !string.IsNullOrWhiteSpace(s.Name))
            .Select(s => (s.Id, Name: SplitDefinition.ValidName(s.Name)))
            .ToList();

        var live = Splits.Where(s => s.IsLive).ToList();
        var kept = new SplitDefinition?[wanted.Count];
        for (var i = 0; i < wanted.Count; i++)
            kept[i] = live.FirstOrDefault(s => s.Id == wanted[i].Id && !kept.Contains(s));

        var at = Timestamp.Naive(now);
        foreach (var split in live.Where(s => !kept.Contains(s))) Remove(split, hasValues(split.Id), at);
        for (var i = 0; i < wanted.Count; i++)
        {
            if (kept[i] is { } split) split.Redefine(wanted[i].Name, order: i, now);
            else _splits.Add(new SplitDefinition(SplitDefinitionId.New(), this, wanted[i].Name, order: i, at));
        }
    }

    /// <summary>
    /// Where a value of this activity may go (architecture-guide §3.4). The metric must be a live metric of this
    /// activity; a split may be given only when the activity has splits, and must be one of its live splits.
    /// </summary>
    public MetricSlot SlotFor(MetricDefinitionId metricId, SplitDefinitionId? splitId)
    {
        EnsureLive();
        var metric = _metrics.FirstOrDefault(m => m.Id == metricId)
            ?? throw new DomainRuleViolationException(ActivityRules.UnknownMetric, "Metric does not belong to this activity");
        if (!metric.IsLive)
            throw new DomainRuleViolationException(ActivityRules.MetricRetired, $"Metric {metric.Name} is no longer part of this activity");
        if (splitId is { } id)
        {
            if (!HasSplits)
                throw new DomainRuleViolationException(ActivityRules.SplitsNotEnabled, "This activity is not recorded per split");
            var split = _splits.FirstOrDefault(s => s.Id == id)
                ?? throw new DomainRuleViolationException(ActivityRules.UnknownSplit, "Split does not belong to this activity");
            if (!split.IsLive)
                throw new DomainRuleViolationException(ActivityRules.SplitRetired, $"Split {split.Name} is no longer part of this activity");
        }
        return new MetricSlot(Id, RootId, metricId, splitId);
    }

    /// <summary>A metric of this activity, retired or not (old values resolve their name and unit through it).</summary>
    public MetricDefinition? FindMetric(MetricDefinitionId metricId) => _metrics.FirstOrDefault(m => m.Id == metricId);

    public SplitDefinition? FindSplit(SplitDefinitionId splitId) => _splits.FirstOrDefault(s => s.Id == splitId);

    /// <summary>
    /// Deletes the activity (§6.2). Referenced by instances: retired — the activity and its live definitions get
    /// one deleted_at instant and stay resolvable. Otherwise nothing changes here and the caller removes it.
    /// </summary>
    public ActivityDeleteOutcome Delete(bool hasInstances, DateTime now)
    {
        EnsureLive();
        if (!hasInstances) return ActivityDeleteOutcome.Removable;
        var at = Timestamp.Naive(now);
        DeletedAt = at;
        HideChildren(at);
        return ActivityDeleteOutcome.Retired;
    }

    /// <summary>Hidden with its fractal; the activity and its definitions keep an earlier own delete instant.</summary>
    public void HideWith(GoalDeletion deletion)
    {
        FractalScope.EnsureHides(deletion, this);
        DeletedAt = SoftDeleteStamp.Hide(DeletedAt, deletion.At);
        HideChildren(deletion.At);
    }

    public void RevealWith(GoalRestoration restoration)
    {
        FractalScope.EnsureReveals(restoration, this);
        DeletedAt = SoftDeleteStamp.Reveal(DeletedAt, restoration.Stamp);
        _metrics.ForEach(m => m.Reveal(restoration.Stamp));
        _splits.ForEach(s => s.Reveal(restoration.Stamp));
    }

    /// <summary>
    /// A goal target may name this activity (ADR 0050): a live activity of the goal's fractal, and every metric of the
    /// target one of its live (not retired) metrics.
    /// </summary>
    public void EnsureMeasures(Goal goal, GoalTarget target)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(target);
        EnsureLive();
        if (goal.RootId != RootId || target.ActivityId != Id.Value)
            throw new DomainRuleViolationException(ActivityRules.CrossFractal, "Activity not found");
        var live = ActiveMetrics.Select(m => m.Id.Value).ToHashSet(StringComparer.Ordinal);
        if (target.MetricIds.FirstOrDefault(id => !live.Contains(id)) is { } unknown)
            throw new DomainRuleViolationException(ActivityRules.UnknownMetric, $"Metric {unknown} is not a metric of this activity");
    }

    internal void LeaveGroup(DateTime at)
    {
        if (GroupId is null) return;
        GroupId = null;
        UpdatedAt = at;
    }

    internal void EnsureLive()
    {
        if (IsDeleted)
            throw new DomainRuleViolationException(ActivityRules.Deleted, "Activity not found");
    }

    private static bool NothingRecorded<TId>(TId id) => false;

    private static string ValidName(string? name) => TextRules.Name(name, ActivityRules.NameRequired, "Name is required");

    private ActivityGroup JoinableGroup(ActivityGroup group)
    {
        group.EnsureLive();
        if (group.RootId != RootId)
            throw new DomainRuleViolationException(ActivityRules.CrossFractal, "The group belongs to another fractal");
        return group;
    }

    private DefinitionRemoval Remove(MetricDefinition metric, bool hasValues, DateTime at)
    {
        if (!hasValues)
        {
            _metrics.Remove(metric);
            return DefinitionRemoval.Removed;
        }
        metric.Retire(at);
        return DefinitionRemoval.Retired;
    }

    private DefinitionRemoval Remove(SplitDefinition split, bool hasValues, DateTime at)
    {
        if (!hasValues)
        {
            _splits.Remove(split);
            return DefinitionRemoval.Removed;
        }
        split.Retire(at);
        return DefinitionRemoval.Retired;
    }

    private void Renumber(DateTime now)
    {
        var live = ActiveSplits;
        for (var i = 0; i < live.Count; i++) live[i].MoveTo(i, now);
    }

    private void HideChildren(DateTime at)
    {
        _metrics.ForEach(m => m.Hide(at));
        _splits.ForEach(s => s.Hide(at));
    }

    /// <summary>Applies a change and bumps <see cref="UpdatedAt"/> only when the value really differs (§7).</summary>
    private void Change<T>(T current, T next, Action<T> apply, DateTime now)
    {
        EnsureLive();
        if (EqualityComparer<T>.Default.Equals(current, next)) return;
        apply(next);
        UpdatedAt = Timestamp.Naive(now);
    }
}
