using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>One live instance, only if it belongs to the fractal (the timer routes name no session; Q-10).</summary>
public sealed class InstanceOfFractalSpec : Specification<ActivityInstance>
{
    public InstanceOfFractalSpec(GoalId rootId, ActivityInstanceId instanceId, bool forUpdate = false)
    {
        Query.Where(i => i.Id == instanceId && i.RootId == rootId);
        if (forUpdate) Query.AsTracking();
    }
}
