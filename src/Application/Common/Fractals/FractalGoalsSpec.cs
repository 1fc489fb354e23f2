using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Common.Fractals;

/// <summary>
/// Every live goal (sessions included) of one fractal: one indexed query on root_id. What a tree, a goal node or a
/// session node needs for children and links; unordered, since the renderer orders children itself (§1.9).
/// Tracked only for a command that changes one of them and renders it.
/// </summary>
public sealed class FractalGoalsSpec : RootScopedSpecification<Goal>
{
    public FractalGoalsSpec(GoalId rootId, bool forUpdate = false) : base(rootId)
    {
        if (forUpdate) Query.AsTracking();
    }
}
