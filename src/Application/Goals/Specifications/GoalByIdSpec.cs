using Ardalis.Specification;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.Specifications;

/// <summary>A live goal (sessions included) by id in any fractal: the legacy global routes (contract §4.4).</summary>
public sealed class GoalByIdSpec : Specification<Goal>
{
    public GoalByIdSpec(GoalId goalId, bool forUpdate = false)
    {
        Query.Where(g => g.Id == goalId);
        if (forUpdate) Query.AsTracking();
    }
}
