using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>One session, only if it belongs to the fractal: another fractal's session is "not found" .</summary>
public sealed class SessionOfFractalSpec : RootScopedSpecification<Goal>
{
    public SessionOfFractalSpec(GoalId rootId, GoalId sessionId, bool forUpdate = false, bool includeDeleted = false) : base(rootId)
    {
        Query.Where(g => g.Id == sessionId && g.Type == GoalType.PracticeSession);
        if (forUpdate) Query.AsTracking();
        if (includeDeleted) Query.IgnoreQueryFilters();
    }
}
