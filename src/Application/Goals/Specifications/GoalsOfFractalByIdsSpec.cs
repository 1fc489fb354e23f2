using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.Specifications;

/// <summary>
/// The goals of one fractal among the given ids, deleted ones included so the aggregate that refers to them can
/// decide (a goal already selected may stay); ids of other fractals are simply absent.
/// </summary>
public sealed class GoalsOfFractalByIdsSpec : RootScopedSpecification<Goal>
{
    public GoalsOfFractalByIdsSpec(GoalId rootId, IReadOnlyCollection<GoalId> goalIds, bool forUpdate = false) : base(rootId)
    {
        Query.Where(g => goalIds.Contains(g.Id)).IgnoreQueryFilters();
        if (forUpdate) Query.AsTracking();
    }
}
