using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>One live instance, only if it belongs to the fractal (the timer routes name no session; Q-10).</summary>
public sealed class InstanceOfFractalSpec : RootScopedSpecification<ActivityInstance>
{
    public InstanceOfFractalSpec(GoalId rootId, ActivityInstanceId instanceId, bool forUpdate = false) : base(rootId)
    {
        Query.Where(i => i.Id == instanceId);
        if (forUpdate) Query.AsTracking();
    }
}
