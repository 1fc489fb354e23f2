using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions;

/// <summary>
/// One performance of an activity inside a practice session (domain-rules §3.7, §10): timer, completion, notes,
/// the client's <c>data</c> JSON and the recorded metric values. Belongs to one session and one activity of the
/// same fractal; its <see cref="RootId"/> is the session's. <see cref="DurationSeconds"/> is always derived.
/// </summary>
public sealed class ActivityInstance : AggregateRoot<ActivityInstanceId>, IRootScoped, ISoftDeletable, IAuditable
{
    // Only the sets key is rewritten; other text is kept readable (no \uXXXX for non-ASCII) and unchanged in value.
    private static readonly JsonSerializerOptions DataWriting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Which of two same-named keys is "the" value is ambiguous: such stored data is refused rather than rewritten.
    private static readonly JsonDocumentOptions DataReading = new() { AllowDuplicateProperties = false };

    private readonly List<MetricValue> _metricValues = [];

    private ActivityInstance()
    {
    }

    public GoalId PracticeSessionId { get; private set; }

    public ActivityDefinitionId ActivityDefinitionId { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? TimeStart { get; private set; }

    public DateTime? TimeStop { get; private set; }

    /// <summary>Null unless both times are set; then whole seconds of stop − start, truncated toward zero (may be negative).</summary>
    public int? DurationSeconds { get; private set; }

    public GoalId RootId { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    /// <summary>
    /// The instance's place among its session's instances (ADR 0049): 0 on legacy rows, the end of the session for a
    /// new one (<see cref="Create(ActivityInstanceId, Goal, ActivityDefinition, IReadOnlyCollection{ActivityInstance}, DateTime)"/>),
    /// 0..n-1 after <see cref="Reorder"/>. The session page's display order still lives in the session JSON's
    /// <c>activity_ids</c>; this order is the session's activity list (<see cref="InSessionOrder"/>).
    /// </summary>
    public int SortOrder { get; private set; }

    public bool Completed { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>Raw JSON object text (§8.4); null means <c>{}</c>.</summary>
    public string? Data { get; private set; }

    public IReadOnlyList<MetricValue> MetricValues => SiblingOrder.Of(_metricValues);

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Started and not stopped.</summary>
    public bool IsRunning => TimeStart is not null && TimeStop is null;

    /// <summary>
    /// An instance of <paramref name="activity"/> in <paramref name="session"/>: both live and of one fractal,
    /// whose id becomes <see cref="RootId"/>. The id may be the client's. Its position is 0, which is the end only of
    /// an empty session: the app creates through the overload that places it after the session's instances.
    /// </summary>
    public static ActivityInstance Create(ActivityInstanceId id, Goal session, ActivityDefinition activity, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(activity);
        if (!session.IsSession)
            throw new DomainRuleViolationException(SessionRules.NotASession, "Practice session not found");
        if (session.IsDeleted)
            throw new DomainRuleViolationException(SessionRules.SessionDeleted, "Practice session not found");
        if (activity.IsDeleted)
            throw new DomainRuleViolationException(SessionRules.ActivityDeleted, "Activity not found");
        if (activity.RootId != session.RootId)
            throw new DomainRuleViolationException(SessionRules.CrossFractal, "The activity belongs to another fractal");
        var at = Timestamp.Naive(now);
        return new ActivityInstance
        {
            Id = id, PracticeSessionId = session.Id, ActivityDefinitionId = activity.Id, RootId = session.RootId,
            CreatedAt = at, UpdatedAt = at,
        };
    }

    /// <summary>
    /// An instance of <paramref name="activity"/> placed after every live instance of <paramref name="session"/>
    /// (<paramref name="sessionInstances"/>, all of them): its <see cref="SortOrder"/> is their largest plus 1, or 0
    /// for the session's first, so a session listed in <see cref="InSessionOrder"/> shows it last (ADR 0049).
    /// </summary>
    public static ActivityInstance Create(
        ActivityInstanceId id, Goal session, ActivityDefinition activity, IReadOnlyCollection<ActivityInstance> sessionInstances, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(sessionInstances);
        var instance = Create(id, session, activity, now);
        EnsureOneSession(sessionInstances, session.Id);
        instance.SortOrder = sessionInstances.Count == 0 ? 0 : sessionInstances.Max(i => i.SortOrder) + 1;
        return instance;
    }

    /// <summary>
    /// A session's instances in list order (ADR 0049): <see cref="SortOrder"/>, then creation, then id (ordinal) —
    /// the creation order of contract §1.9 while every position is 0, as on every legacy row.
    /// </summary>
    public static IReadOnlyList<ActivityInstance> InSessionOrder(IEnumerable<ActivityInstance> instances)
    {
        ArgumentNullException.ThrowIfNull(instances);
        return [.. instances.OrderBy(i => i.SortOrder).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id)];
    }

    /// <summary>
    /// Puts a session's instances in the order of <paramref name="order"/>, numbering them 0..n-1. The order must name
    /// every live instance of the session (<paramref name="sessionInstances"/>, all of them) exactly once and nothing
    /// else; anything less, more or repeated is refused before any position changes. <see cref="UpdatedAt"/> moves only
    /// on an instance whose position changed.
    /// </summary>
    public static void Reorder(IReadOnlyCollection<ActivityInstance> sessionInstances, IReadOnlyList<ActivityInstanceId> order, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(sessionInstances);
        ArgumentNullException.ThrowIfNull(order);
        if (sessionInstances.Count > 0) EnsureOneSession(sessionInstances, sessionInstances.First().PracticeSessionId);
        var byId = sessionInstances.ToDictionary(i => i.Id);
        var listed = new HashSet<ActivityInstanceId>();
        foreach (var id in order)
        {
            if (!byId.ContainsKey(id))
                throw new DomainRuleViolationException(SessionRules.ReorderUnknownInstance, $"Activity instance {id.Value} is not an activity of this session");
            if (!listed.Add(id))
                throw new DomainRuleViolationException(SessionRules.ReorderDuplicate, $"Activity instance {id.Value} is listed more than once");
        }
        if (InSessionOrder(sessionInstances).FirstOrDefault(i => !listed.Contains(i.Id)) is { } missing)
            throw new DomainRuleViolationException(SessionRules.ReorderIncomplete, $"activity_ids must list every activity of the session; {missing.Id.Value} is missing");
        for (var position = 0; position < order.Count; position++)
        {
            var instance = byId[order[position]];
            instance.Change(instance.SortOrder, position, v => instance.SortOrder = v, now);
        }
    }

    /// <summary>Starts (or restarts, discarding the previous run) the timer.</summary>
    public void StartTimer(DateTime now) => ApplyTimes(now, stop: null, now);

    /// <summary>Stops the timer; stopping again re-stamps the stop from the same start (api-contract Q-13).</summary>
    public void StopTimer(DateTime now)
    {
        EnsureLive();
        if (TimeStart is not { } start)
            throw new DomainRuleViolationException(SessionRules.TimerNeverStarted, SessionRules.TimerNeverStartedMessage);
        ApplyTimes(start, now, now);
    }

    /// <summary>A manual edit: either time may be set or cleared (both null resets the timer).</summary>
    public void SetTimes(DateTime? start, DateTime? stop, DateTime now) => ApplyTimes(start, stop, now);

    public void SetCompleted(bool completed, DateTime now) => Change(Completed, completed, v => Completed = v, now);

    /// <summary>Free text kept as given; null (the legacy default) stays null.</summary>
    public void SetNotes(string? notes, DateTime now)
    {
        if (notes?.Length > TextRules.DescriptionMaxLength)
            throw new DomainRuleViolationException(SessionRules.NotesTooLong, $"Notes must be at most {TextRules.DescriptionMaxLength} characters");
        Change(Notes, notes, v => Notes = v, now);
    }

    /// <summary>Replaces the <c>sets</c> key of <see cref="Data"/> (a JSON array, kept as sent); every other key stays.</summary>
    public void ReplaceSets(JsonText sets, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(sets);
        EnsureLive();
        if (sets.Kind is not (JsonValueKind.Array or JsonValueKind.Null))
            throw new DomainRuleViolationException(SessionRules.SetsNotArray, "Sets must be a JSON array");
        var data = StoredData();
        var next = JsonNode.Parse(sets.Raw);
        if (data.TryGetPropertyValue("sets", out var current) && JsonNode.DeepEquals(current, next)) return;
        data["sets"] = next;
        Data = data.ToJsonString(DataWriting);
        UpdatedAt = Timestamp.Naive(now);
    }

    /// <summary>
    /// Records the value of a slot of this instance's activity: one value per (metric, split-or-none), so recording
    /// again changes the stored value in place. The value must be a finite number.
    /// </summary>
    public MetricValue RecordValue(MetricSlot slot, double value, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(slot);
        EnsureLive();
        if (slot.RootId != RootId)
            throw new DomainRuleViolationException(SessionRules.CrossFractal, "The metric belongs to another fractal");
        if (slot.ActivityId != ActivityDefinitionId)
            throw new DomainRuleViolationException(SessionRules.MetricNotOnActivity, "Metric does not belong to this activity");
        if (!double.IsFinite(value))
            throw new DomainRuleViolationException(SessionRules.NonFiniteValue, "Metric values must be finite numbers");
        if (_metricValues.FirstOrDefault(v => v.Fills(slot)) is { } existing)
        {
            existing.ChangeTo(value, now);
            return existing;
        }
        var recorded = new MetricValue(MetricValueId.New(), this, slot, value, Timestamp.Naive(now));
        _metricValues.Add(recorded);
        return recorded;
    }

    /// <summary>Deletes the instance on its own; its values are hidden through it.</summary>
    public void Delete(DateTime now)
    {
        EnsureLive();
        DeletedAt = Timestamp.Naive(now);
    }

    /// <summary>Undoes the instance's own delete; its session must be live (a live instance never has a deleted session).</summary>
    public void Restore(Goal session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (DeletedAt is null)
            throw new DomainRuleViolationException(SessionRules.InstanceNotDeleted, "Activity instance is not deleted");
        if (session.Id != PracticeSessionId)
            throw new DomainRuleViolationException(SessionRules.NotOwnSession, $"Activity instance {Id} is not in session {session.Id}");
        if (session.IsDeleted)
            throw new DomainRuleViolationException(SessionRules.SessionDeleted, "Restore the practice session first");
        DeletedAt = null;
    }

    /// <summary>Hidden with its session (or fractal); an earlier own delete keeps its instant.</summary>
    public void HideWith(GoalDeletion deletion)
    {
        ArgumentNullException.ThrowIfNull(deletion);
        SoftDeleteStamp.EnsureSameFractal(this, deletion.RootId);
        if (!deletion.Hides(PracticeSessionId))
            throw new DomainRuleViolationException(SessionRules.SessionNotInDeletion, $"Session {PracticeSessionId} was not deleted");
        DeletedAt = SoftDeleteStamp.Hide(DeletedAt, deletion.At);
    }

    /// <summary>Comes back with its session only if that same delete hid it.</summary>
    public void RevealWith(GoalRestoration restoration)
    {
        ArgumentNullException.ThrowIfNull(restoration);
        SoftDeleteStamp.EnsureSameFractal(this, restoration.RootId);
        if (!restoration.Restores(PracticeSessionId))
            throw new DomainRuleViolationException(SessionRules.SessionNotInDeletion, $"Session {PracticeSessionId} was not restored");
        DeletedAt = SoftDeleteStamp.Reveal(DeletedAt, restoration.Stamp);
    }

    private static int? DurationBetween(DateTime? start, DateTime? stop)
    {
        if (start is null || stop is null) return null;
        var seconds = (stop.Value - start.Value).Ticks / TimeSpan.TicksPerSecond;   // integer division truncates toward zero
        if (seconds is > int.MaxValue or < int.MinValue)
            throw new DomainRuleViolationException(SessionRules.DurationOutOfRange, "Start and stop times are too far apart");
        return (int)seconds;
    }

    // The one place the times change, so the duration can never disagree with them.
    private void ApplyTimes(DateTime? start, DateTime? stop, DateTime now)
    {
        EnsureLive();
        var (naiveStart, naiveStop) = (Timestamp.Naive(start), Timestamp.Naive(stop));
        var duration = DurationBetween(naiveStart, naiveStop);
        if (TimeStart == naiveStart && TimeStop == naiveStop && DurationSeconds == duration) return;
        (TimeStart, TimeStop, DurationSeconds) = (naiveStart, naiveStop, duration);
        UpdatedAt = Timestamp.Naive(now);
    }

    private JsonObject StoredData()
    {
        if (string.IsNullOrWhiteSpace(Data)) return [];
        try
        {
            return JsonNode.Parse(Data, documentOptions: DataReading) switch
            {
                null => [],
                JsonObject data => data,
                _ => throw new DomainRuleViolationException(SessionRules.DataNotObject, "The stored activity data is not a JSON object"),
            };
        }
        catch (JsonException)
        {
            throw new DomainRuleViolationException(SessionRules.DataNotObject, "The stored activity data is not valid JSON");
        }
    }

    private static void EnsureOneSession(IEnumerable<ActivityInstance> instances, GoalId sessionId)
    {
        foreach (var instance in instances)
        {
            ArgumentNullException.ThrowIfNull(instance);
            instance.EnsureLive();
            if (instance.PracticeSessionId != sessionId)
                throw new DomainRuleViolationException(SessionRules.NotOwnSession, $"Activity instance {instance.Id} is not in session {sessionId}");
        }
    }

    private void EnsureLive()
    {
        if (IsDeleted)
            throw new DomainRuleViolationException(SessionRules.InstanceDeleted, "Activity instance not found");
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
