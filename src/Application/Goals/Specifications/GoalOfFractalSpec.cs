using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.Specifications;

/// <summary>A live goal (sessions included) by id, only if it belongs to this fractal: another fractal's id is "not found" (Q-10 fixed).</summary>
public sealed class GoalOfFractalSpec : RootScopedSpecification<Goal>
{
    public GoalOfFractalSpec(GoalId rootId, GoalId goalId, bool forUpdate = false) : base(rootId)
    {
        Query.Where(g => g.Id == goalId);
        if (forUpdate) Query.AsTracking();
    }
}
