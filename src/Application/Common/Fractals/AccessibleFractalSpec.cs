using Ardalis.Specification;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Common.Fractals;

// The type is stored by name, so the root levels are listed: a range test (Type <= ShortTermGoal) would compare
// the names as text in SQL and miss "UltimateGoal".

/// <summary>
/// The one answer to "may this request act inside this fractal?" (ADR 0036): a live, parentless goal of level 1–4
/// with this id — never a session (contract §1.7, Q-24 fixed). Ownership (issue 16) is one more condition here;
/// it must stay a condition on the root row, since whole-fractal reads also apply it in memory
/// (<see cref="FractalScope.ReadLiveGoalsAsync"/>). <paramref name="includingDeleted"/> only lifts the soft-delete
/// filter, for the one request that addresses a deleted root (<see cref="IRestoringFractalRequest"/>).
/// </summary>
public sealed class AccessibleFractalSpec : Specification<Goal>
{
    public AccessibleFractalSpec(GoalId rootId, bool forUpdate = false, bool includingDeleted = false)
    {
        Query.Where(g => g.Id == rootId && g.ParentId == null && (g.Type == GoalType.UltimateGoal || g.Type == GoalType.LongTermGoal || g.Type == GoalType.MidTermGoal || g.Type == GoalType.ShortTermGoal));
        if (forUpdate) Query.AsTracking();
        if (includingDeleted) Query.IgnoreQueryFilters();
    }
}
