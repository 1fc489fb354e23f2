namespace FractalGoals.Domain.Goals;

/// <summary>
/// Proof that goals were deleted at one instant; only <see cref="GoalTree"/> makes one. Dependants in other
/// modules (activity instances; for a fractal also its activities, groups and templates) are hidden with the
/// same instant by being handed this.
/// </summary>
public sealed class GoalDeletion
{
    internal GoalDeletion(GoalId rootId, GoalId targetId, bool isFractalDeletion, DateTime at, IReadOnlySet<GoalId> deletedGoals) =>
        (RootId, TargetId, IsFractalDeletion, At, DeletedGoals) = (rootId, targetId, isFractalDeletion, at, deletedGoals);

    public GoalId RootId { get; }

    public GoalId TargetId { get; }

    public bool IsFractalDeletion { get; }

    public DateTime At { get; }

    public IReadOnlySet<GoalId> DeletedGoals { get; }

    public bool Hides(GoalId goalId) => DeletedGoals.Contains(goalId);
}
