using Ardalis.Specification;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>Live goals with these ids, in any fractal (the legacy session route finds the fractal from its parents).</summary>
public sealed class GoalsByIdSpec : Specification<Goal>
{
    public GoalsByIdSpec(IReadOnlyCollection<GoalId> ids, bool forUpdate = false)
    {
        Query.Where(g => ids.Contains(g.Id));
        if (forUpdate) Query.AsTracking();
    }
}
