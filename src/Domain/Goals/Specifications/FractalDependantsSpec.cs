using FractalGoals.Domain.Common;
using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Goals.Specifications;

/// <summary>Live rows of one fractal (activity instances, activities, groups, templates), tracked so a goal delete can hide them.</summary>
public sealed class FractalDependantsSpec<T> : Specification<T>
    where T : class, IRootScoped, ISoftDeletable
{
    public FractalDependantsSpec(GoalId rootId) => Query.Where(r => r.RootId == rootId).AsTracking();
}
