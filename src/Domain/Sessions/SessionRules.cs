namespace FractalGoals.Domain.Sessions;

/// <summary>Stable codes of the rules this module enforces (the problem document's <c>code</c>).</summary>
public static class SessionRules
{
    public const string NotASession = "sessions.not_a_session";
    public const string SessionDeleted = "sessions.session_deleted";
    public const string ActivityDeleted = "sessions.activity_deleted";
    public const string CrossFractal = "sessions.cross_fractal";
    public const string InstanceDeleted = "sessions.instance_deleted";
    public const string InstanceNotDeleted = "sessions.instance_not_deleted";
    public const string NotOwnSession = "sessions.not_own_session";
    public const string SessionNotInDeletion = "sessions.session_not_in_deletion";
    public const string TimerNeverStarted = "sessions.timer_never_started";
    public const string DurationOutOfRange = "sessions.duration_out_of_range";
    public const string MetricNotOnActivity = "sessions.metric_not_on_activity";
    public const string NonFiniteValue = "sessions.non_finite_value";
    public const string NotesTooLong = "sessions.notes_too_long";
    public const string SetsNotArray = "sessions.sets_not_array";
    public const string DataNotObject = "sessions.data_not_object";
    public const string ReorderUnknownInstance = "sessions.reorder_unknown_instance";
    public const string ReorderDuplicate = "sessions.reorder_duplicate";
    public const string ReorderIncomplete = "sessions.reorder_incomplete";

    /// <summary>
    /// Contract #43, verbatim. The client looks for the substring <c>Timer was never started</c> to show its
    /// "enter the times manually" dialog, so the text must keep it.
    /// </summary>
    public const string TimerNeverStartedMessage =
        "Cannot stop timer: Timer was never started. Please click 'Start' first, or manually enter start and stop times.";
}
