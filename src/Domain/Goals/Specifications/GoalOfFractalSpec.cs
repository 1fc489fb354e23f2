using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Goals.Specifications;

/// <summary>A live goal (sessions included) by id, only if it belongs to this fractal: another fractal's id is "not found" (Q-10 fixed).</summary>
public sealed class GoalOfFractalSpec : Specification<Goal>
{
    public GoalOfFractalSpec(GoalId rootId, GoalId goalId, bool forUpdate = false)
    {
        Query.Where(g => g.Id == goalId && g.RootId == rootId);
        if (forUpdate) Query.AsTracking();
    }
}
