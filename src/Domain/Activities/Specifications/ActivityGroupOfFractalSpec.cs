using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities.Specifications;

/// <summary>One live group, only if it belongs to the fractal: another fractal's group is as missing as an unknown one.</summary>
public sealed class ActivityGroupOfFractalSpec : Specification<ActivityGroup>
{
    public ActivityGroupOfFractalSpec(GoalId rootId, ActivityGroupId groupId, bool forUpdate = false)
    {
        Query.Where(g => g.Id == groupId && g.RootId == rootId);
        if (forUpdate) Query.AsTracking();
    }
}
