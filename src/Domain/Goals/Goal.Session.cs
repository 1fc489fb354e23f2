using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Goals;

// Practice sessions: goals of level 5 with a little state of their own (domain-rules §3.1, §9).
// Every member here refuses to act on a goal that is not a session, so a plain goal never carries session data.
public sealed partial class Goal
{
    private readonly List<SessionGoalLink> _goalLinks = [];

    /// <summary>Planned minutes (from the template).</summary>
    public int? DurationMinutes { get; private set; }

    /// <summary>Deprecated copy of the session JSON, written identically to <see cref="Attributes"/>.</summary>
    public string? SessionData { get; private set; }

    /// <summary>The session JSON (§8.2), primary copy.</summary>
    public string? Attributes { get; private set; }

    public DateTime? SessionStart { get; private set; }

    public DateTime? SessionEnd { get; private set; }

    public int? TotalDurationSeconds { get; private set; }

    public string? TemplateId { get; private set; }

    /// <summary>Extra short-term goals this session counts toward, in the order they were linked.</summary>
    public IReadOnlyList<SessionGoalLink> GoalLinks => SiblingOrder.Of(_goalLinks);

    /// <summary>The session's parents as emitted: links in order, then the primary parent if not already listed (§4.2).</summary>
    public IReadOnlyList<GoalId> ParentIds
    {
        get
        {
            var ids = GoalLinks.Select(l => l.ShortTermGoalId).ToList();
            if (ParentId is { } parent && !ids.Contains(parent)) ids.Add(parent);
            return ids;
        }
    }

    /// <summary>The session JSON as read: <see cref="Attributes"/>, falling back to the legacy column (§8.2).</summary>
    public string? SessionJson => string.IsNullOrEmpty(Attributes) ? SessionData : Attributes;

    /// <summary>A session under this short-term goal, in its fractal.</summary>
    public Goal AddSession(SessionDetails details, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureLive();
        if (Type != GoalType.ShortTermGoal)
            throw new DomainRuleViolationException(GoalRules.SessionParentNotShortTerm, $"Parent {Id} must be a ShortTermGoal");
        return NewSession(RootId, Id, details, now);
    }

    /// <summary>A session that belongs to a fractal without sitting under one of its goals (§9.1).</summary>
    public static Goal StartParentlessSession(Goal fractalRoot, SessionDetails details, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(fractalRoot);
        ArgumentNullException.ThrowIfNull(details);
        if (!fractalRoot.IsFractalRoot)
            throw new DomainRuleViolationException(GoalRules.NotAFractalRoot, "Fractal not found");
        fractalRoot.EnsureLive();
        return NewSession(fractalRoot.RootId, parentId: null, details, now);   // never its own root
    }

    /// <summary>Counts this session toward another short-term goal of the same fractal. Linking twice is a no-op.</summary>
    public void LinkToGoal(Goal shortTermGoal)
    {
        ArgumentNullException.ThrowIfNull(shortTermGoal);
        EnsureSession();
        EnsureLive();
        shortTermGoal.EnsureLive();
        if (shortTermGoal.Type != GoalType.ShortTermGoal)
            throw new DomainRuleViolationException(GoalRules.SessionParentNotShortTerm, $"Parent {shortTermGoal.Id} must be a ShortTermGoal");
        if (shortTermGoal.RootId != RootId)
            throw new DomainRuleViolationException(GoalRules.CrossFractal, "All parent goals must belong to the same fractal tree");
        if (_goalLinks.Any(l => l.ShortTermGoalId == shortTermGoal.Id)) return;
        _goalLinks.Add(new SessionGoalLink(Id, shortTermGoal.Id));
    }

    /// <summary>Stores the session JSON verbatim in both columns (§8.2); activity instances are never derived from it.</summary>
    public void RecordSessionData(JsonText sessionData, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(sessionData);
        EnsureSession();
        EnsureLive();
        var at = Timestamp.Naive(now);
        if (Attributes == sessionData.Raw && SessionData == sessionData.Raw) return;
        (Attributes, SessionData) = (sessionData.Raw, sessionData.Raw);
        UpdatedAt = at;
    }

    public void PlanDuration(int? minutes, DateTime now)
    {
        EnsureSession();
        Change(DurationMinutes, NonNegative(minutes, "Duration"), v => DurationMinutes = v, now);
    }

    public void SetTotalDurationSeconds(int? seconds, DateTime now)
    {
        EnsureSession();
        Change(TotalDurationSeconds, NonNegative(seconds, "Total duration"), v => TotalDurationSeconds = v, now);
    }

    public void SetSessionTimes(DateTime? start, DateTime? end, DateTime now)
    {
        EnsureSession();
        // Both normalised before either is applied, so a rejected end leaves the start untouched too.
        var (naiveStart, naiveEnd) = (Timestamp.Naive(start), Timestamp.Naive(end));
        Change(SessionStart, naiveStart, v => SessionStart = v, now);
        Change(SessionEnd, naiveEnd, v => SessionEnd = v, now);
    }

    public void SetTemplateId(string? templateId, DateTime now)
    {
        EnsureSession();
        Change(TemplateId, string.IsNullOrEmpty(templateId) ? null : templateId, v => TemplateId = v, now);
    }

    internal void EnsureSession()
    {
        if (!IsSession)
            throw new DomainRuleViolationException(GoalRules.NotASession, $"{Id} is a {Type}, not a PracticeSession");
    }

    private static Goal NewSession(GoalId rootId, GoalId? parentId, SessionDetails details, DateTime now)
    {
        var session = New(GoalId.New(), rootId, parentId, GoalType.PracticeSession, details.Name, details.Description, deadline: null, now);
        session.DurationMinutes = NonNegative(details.DurationMinutes, "Duration");
        session.TotalDurationSeconds = NonNegative(details.TotalDurationSeconds, "Total duration");
        session.TemplateId = string.IsNullOrEmpty(details.TemplateId) ? null : details.TemplateId;
        session.SessionStart = Timestamp.Naive(details.SessionStart);
        session.SessionEnd = Timestamp.Naive(details.SessionEnd);
        if (details.SessionData is { } json) (session.Attributes, session.SessionData) = (json.Raw, json.Raw);
        return session;
    }

    private static int? NonNegative(int? value, string what) =>
        value is < 0 ? throw new DomainRuleViolationException(GoalRules.NegativeDuration, $"{what} cannot be negative") : value;
}
