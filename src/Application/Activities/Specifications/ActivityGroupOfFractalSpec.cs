using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Activities.Specifications;

/// <summary>One live group, only if it belongs to the fractal: another fractal's group is as missing as an unknown one.</summary>
public sealed class ActivityGroupOfFractalSpec : RootScopedSpecification<ActivityGroup>
{
    public ActivityGroupOfFractalSpec(GoalId rootId, ActivityGroupId groupId, bool forUpdate = false) : base(rootId)
    {
        Query.Where(g => g.Id == groupId);
        if (forUpdate) Query.AsTracking();
    }
}
