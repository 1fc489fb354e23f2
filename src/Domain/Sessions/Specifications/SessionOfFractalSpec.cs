using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>One session, only if it belongs to the fractal: another fractal's session is "not found" .</summary>
public sealed class SessionOfFractalSpec : Specification<Goal>
{
    public SessionOfFractalSpec(GoalId rootId, GoalId sessionId, bool forUpdate = false, bool includeDeleted = false)
    {
        Query.Where(g => g.Id == sessionId && g.RootId == rootId && g.Type == GoalType.PracticeSession);
        if (forUpdate) Query.AsTracking();
        if (includeDeleted) Query.IgnoreQueryFilter(SoftDeleteFilter.Name);
    }
}
