using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>Every goal of one fractal, deleted ones included and tracked: the members of a <see cref="GoalTree"/>.</summary>
public sealed class FractalTreeSpec : Specification<Goal>
{
    public FractalTreeSpec(GoalId rootId) =>
        Query.Where(g => g.RootId == rootId).IgnoreQueryFilter(SoftDeleteFilter.Name).AsTracking();
}
