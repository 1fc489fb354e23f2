using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Goals.Specifications;

// The type is stored by name, so the root levels are listed: a range test (Type <= ShortTermGoal) would compare
// the names as text in SQL and miss "UltimateGoal".

/// <summary>The contract's root check (§1.7): a live, parentless goal of level 1–4 with this id — never a session (Q-24 fixed).</summary>
public sealed class FractalRootSpec : Specification<Goal>
{
    public FractalRootSpec(GoalId rootId, bool forUpdate = false)
    {
        Query.Where(g => g.Id == rootId && g.ParentId == null && (g.Type == GoalType.UltimateGoal || g.Type == GoalType.LongTermGoal || g.Type == GoalType.MidTermGoal || g.Type == GoalType.ShortTermGoal));
        if (forUpdate) Query.AsTracking();
    }
}
