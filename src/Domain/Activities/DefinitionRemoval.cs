namespace FractalGoals.Domain.Activities;

/// <summary>What removing a metric or split definition from its activity amounted to (domain-rules §6.2).</summary>
public enum DefinitionRemoval
{
    /// <summary>No value referenced it: it left the activity's collection, so it is deleted outright.</summary>
    Removed = 1,

    /// <summary>Values reference it: it stays, retired, so those values keep their name and unit.</summary>
    Retired = 2,
}
