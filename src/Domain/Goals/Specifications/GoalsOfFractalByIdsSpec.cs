using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Goals.Specifications;

/// <summary>
/// The goals of one fractal among the given ids, deleted ones included so the aggregate that refers to them can
/// decide (a goal already selected may stay); ids of other fractals are simply absent.
/// </summary>
public sealed class GoalsOfFractalByIdsSpec : Specification<Goal>
{
    public GoalsOfFractalByIdsSpec(GoalId rootId, IReadOnlyCollection<GoalId> goalIds, bool forUpdate = false)
    {
        Query.Where(g => g.RootId == rootId && goalIds.Contains(g.Id)).IgnoreQueryFilter(SoftDeleteFilter.Name);
        if (forUpdate) Query.AsTracking();
    }
}
