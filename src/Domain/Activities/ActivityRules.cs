namespace FractalGoals.Domain.Activities;

/// <summary>Stable codes of the rules this module enforces (the problem document's <c>code</c>).</summary>
public static class ActivityRules
{
    public const string NameRequired = "activities.name_required";
    public const string GroupNameRequired = "activities.group_name_required";
    public const string MetricNameRequired = "activities.metric_name_required";
    public const string MetricUnitRequired = "activities.metric_unit_required";
    public const string SplitNameRequired = "activities.split_name_required";
    public const string TooManyMetrics = "activities.too_many_metrics";
    public const string TooManySplits = "activities.too_many_splits";
    public const string Deleted = "activities.deleted";
    public const string GroupDeleted = "activities.group_deleted";
    public const string CrossFractal = "activities.cross_fractal";
    public const string NotInGroup = "activities.not_in_group";
    public const string UnknownMetric = "activities.unknown_metric";
    public const string MetricRetired = "activities.metric_retired";
    public const string UnknownSplit = "activities.unknown_split";
    public const string SplitRetired = "activities.split_retired";
    public const string SplitsNotEnabled = "activities.splits_not_enabled";
    public const string NotAFractalDeletion = "activities.not_a_fractal_deletion";

    /// <summary>Contract #32/#33, verbatim.</summary>
    public const string TooManyMetricsMessage = "Maximum of 3 metrics allowed per activity.";

    /// <summary>Contract #32/#33, verbatim.</summary>
    public const string TooManySplitsMessage = "Maximum of 5 splits allowed per activity.";
}
