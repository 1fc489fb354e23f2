using FractalGoals.Domain.Common;
using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Goals.Specifications;

/// <summary>Rows of one fractal hidden at exactly this instant, tracked: the candidates a restore of that delete brings back.</summary>
public sealed class FractalDependantsHiddenAtSpec<T> : Specification<T>
    where T : class, IRootScoped, ISoftDeletable
{
    public FractalDependantsHiddenAtSpec(GoalId rootId, DateTime stamp) =>
        Query.Where(r => r.RootId == rootId && r.DeletedAt == stamp).IgnoreQueryFilter(SoftDeleteFilter.Name).AsTracking();
}
