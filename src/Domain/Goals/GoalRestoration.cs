namespace FractalGoals.Domain.Goals;

/// <summary>
/// Proof that the goals deleted at <see cref="Stamp"/> were brought back; only <see cref="GoalTree"/> makes one.
/// Dependants carrying the same stamp follow; ones deleted at another instant stay deleted.
/// </summary>
public sealed class GoalRestoration
{
    internal GoalRestoration(GoalId rootId, GoalId targetId, bool isFractalRestoration, DateTime stamp, IReadOnlySet<GoalId> restoredGoals) =>
        (RootId, TargetId, IsFractalRestoration, Stamp, RestoredGoals) = (rootId, targetId, isFractalRestoration, stamp, restoredGoals);

    public GoalId RootId { get; }

    public GoalId TargetId { get; }

    public bool IsFractalRestoration { get; }

    public DateTime Stamp { get; }

    public IReadOnlySet<GoalId> RestoredGoals { get; }

    public bool Restores(GoalId goalId) => RestoredGoals.Contains(goalId);
}
