namespace FractalGoals.Application.Goals;

/// <summary>The contract's exact client-facing strings for the goal endpoints (api-contract §4.2–§4.4).</summary>
internal static class GoalMessages
{
    public const string GoalNotFound = "Goal not found";
    public const string GoalOrSessionNotFound = "Goal or practice session not found";
    public const string LegacyUpdateNotFound = "Goal or session not found";
    public const string NameRequired = "Goal name is required";
    public const string TypeRequired = "Goal type is required";
    public const string InvalidDeadline = "Invalid deadline format. Use YYYY-MM-DD";
    public const string ParentRequired = "Parent goal is required";
    public const string GoalNotDeleted = "Goal is not deleted";
    public const string RestoreParentFirst = "Restore the parent goal first";
    public const string TargetNotFound = "Target not found";
    public const string TargetExists = "Target already exists";
    public const string TargetDeleted = "Target deleted";
    public const string TargetActivityNotFound = "Activity not found";

    public static string InvalidType(string? type) => $"Invalid goal type: {type}";

    public static string ParentNotFound(string? id) => $"Parent not found: {id}";

    /// <summary>Types a goal route may create: every level except PracticeSession (sessions have their own routes, Q-03).</summary>
    public static bool IsCreatableType(string? type, out Domain.Goals.GoalType parsed) =>
        Domain.Goals.GoalTypes.TryParse(type, out parsed) && parsed != Domain.Goals.GoalType.PracticeSession;
}
