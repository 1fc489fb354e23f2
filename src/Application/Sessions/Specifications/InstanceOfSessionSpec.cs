using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>One live instance, only if it belongs to this session of this fractal.</summary>
public sealed class InstanceOfSessionSpec : RootScopedSpecification<ActivityInstance>
{
    public InstanceOfSessionSpec(GoalId rootId, GoalId sessionId, ActivityInstanceId instanceId, bool forUpdate = false) : base(rootId)
    {
        Query.Where(i => i.Id == instanceId && i.PracticeSessionId == sessionId);
        if (forUpdate) Query.AsTracking();
    }
}
