namespace FractalGoals.Domain.Goals;

/// <summary>Stable codes of the rules this module enforces (the problem document's <c>code</c>).</summary>
public static class GoalRules
{
    public const string InvalidRootType = "goals.invalid_root_type";
    public const string NotNextLevel = "goals.not_next_level";
    public const string SessionNotAGoal = "goals.session_via_goal_route";
    public const string NameRequired = "goals.name_required";
    public const string TargetsNotArray = "goals.targets_not_array";
    public const string TargetInvalid = "goals.target_invalid";
    public const string TargetExists = "goals.target_exists";
    public const string SessionTargets = "goals.session_targets";
    public const string Deleted = "goals.deleted";
    public const string NotASession = "goals.not_a_session";
    public const string SessionParentNotShortTerm = "sessions.parent_not_short_term";
    public const string CrossFractal = "goals.cross_fractal";
    public const string NotAFractalRoot = "goals.not_a_fractal_root";
    public const string NotInTree = "goals.not_in_tree";
    public const string AlreadyDeleted = "goals.already_deleted";
    public const string NotDeleted = "goals.not_deleted";
    public const string ParentDeleted = "goals.parent_deleted";
    public const string NegativeDuration = "sessions.negative_duration";
}
