using FractalGoals.Domain.Common;
using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.Specifications;

/// <summary>Live rows of one fractal (activity instances, activities, groups, templates), tracked so a goal delete can hide them.</summary>
public sealed class FractalDependantsSpec<T> : RootScopedSpecification<T>
    where T : class, IRootScoped, ISoftDeletable
{
    public FractalDependantsSpec(GoalId rootId) : base(rootId) => Query.AsTracking();
}
