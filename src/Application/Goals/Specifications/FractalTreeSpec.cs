using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.Specifications;

/// <summary>
/// Every goal of a fractal, deleted ones and the root included, tracked: what <see cref="GoalTree"/> needs to
/// delete or restore a subtree (a restore must see the rows a delete hid).
/// </summary>
public sealed class FractalTreeSpec : RootScopedSpecification<Goal>
{
    public FractalTreeSpec(GoalId rootId) : base(rootId) =>
        Query.IgnoreQueryFilters().AsTracking();
}
