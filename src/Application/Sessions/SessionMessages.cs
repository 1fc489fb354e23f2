namespace FractalGoals.Application.Sessions;

/// <summary>The contract's exact client-facing strings for this module (api-contract §4.4–§4.6).</summary>
internal static class SessionMessages
{
    public const string FractalNotFound = "Fractal not found";
    public const string SessionNotFound = "Practice session not found";
    public const string InstanceNotFound = "Activity instance not found";
    public const string InstanceExists = "Activity instance already exists";
    public const string ActivityNotFound = "Activity not found";
    public const string SessionNotDeleted = "Practice session is not deleted";
    public const string NonFiniteValue = "Metric values must be finite numbers";
}
