namespace FractalGoals.Domain.Activities;

/// <summary>What deleting an activity amounts to (domain-rules §6.2).</summary>
public enum ActivityDeleteOutcome
{
    /// <summary>No instance references it: the repository removes it with its metric and split definitions.</summary>
    Removable = 1,

    /// <summary>Instances reference it: it and its live definitions were stamped deleted, kept for history.</summary>
    Retired = 2,
}
