using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Goals.Specifications;

/// <summary>The contract's root check (§1.7): a live, parentless goal of level 1–4 with this id — never a session (Q-24 fixed).</summary>
public sealed class FractalRootSpec : Specification<Goal>
{
    public FractalRootSpec(GoalId rootId, bool forUpdate = false)
    {
        Query.Where(g => g.Id == rootId && g.ParentId == null && g.Type != GoalType.PracticeSession && g.Type <= GoalType.ShortTermGoal);
        if (forUpdate) Query.AsTracking();
    }
}
