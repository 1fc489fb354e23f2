using FractalGoals.Domain.Common;
using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.Specifications;

/// <summary>Rows of one fractal hidden at exactly this instant, tracked: the candidates a restore of that delete brings back.</summary>
public sealed class FractalDependantsHiddenAtSpec<T> : RootScopedSpecification<T>
    where T : class, IRootScoped, ISoftDeletable
{
    public FractalDependantsHiddenAtSpec(GoalId rootId, DateTime stamp) : base(rootId) =>
        Query.Where(r => r.DeletedAt == stamp).IgnoreQueryFilters().AsTracking();
}
