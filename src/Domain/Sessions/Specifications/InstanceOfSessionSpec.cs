using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>One live instance, only if it belongs to this session of this fractal.</summary>
public sealed class InstanceOfSessionSpec : Specification<ActivityInstance>
{
    public InstanceOfSessionSpec(GoalId rootId, GoalId sessionId, ActivityInstanceId instanceId, bool forUpdate = false)
    {
        Query.Where(i => i.Id == instanceId && i.RootId == rootId && i.PracticeSessionId == sessionId);
        if (forUpdate) Query.AsTracking();
    }
}
