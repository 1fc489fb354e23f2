namespace FractalGoals.Application.Sessions;

/// <summary>The contract's exact client-facing strings for this module (api-contract §4.4–§4.6, §4.10).</summary>
internal static class SessionMessages
{
    public const string SessionNotFound = "Practice session not found";
    public const string InstanceNotFound = "Activity instance not found";
    public const string InstanceExists = "Activity instance already exists";
    public const string ActivityNotFound = "Activity not found";
    public const string SessionNotDeleted = "Practice session is not deleted";
    public const string TimerInstanceNotFound =
        "Activity instance not found. Please refresh the page and try again, or manually enter start and stop times.";
    public const string CreationIdsRequired = "practice_session_id and activity_definition_id required";
    public const string AllIdsRequired = "instance_id, practice_session_id, and activity_definition_id required";
    public const string MissingCreationDetails = "Instance not found and missing creation details";
    public const string NonFiniteValue = "Metric values must be finite numbers";
}
