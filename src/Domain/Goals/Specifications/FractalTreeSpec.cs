using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Goals.Specifications;

/// <summary>
/// Every goal of a fractal, deleted ones and the root included, tracked: what <see cref="GoalTree"/> needs to
/// delete or restore a subtree (a restore must see the rows a delete hid).
/// </summary>
public sealed class FractalTreeSpec : Specification<Goal>
{
    public FractalTreeSpec(GoalId rootId) =>
        Query.Where(g => g.RootId == rootId).IgnoreQueryFilter(SoftDeleteFilter.Name).AsTracking();
}
