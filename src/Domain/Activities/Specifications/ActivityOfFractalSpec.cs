using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities.Specifications;

/// <summary>One live activity with its definitions, only if it belongs to the fractal.</summary>
public sealed class ActivityOfFractalSpec : Specification<ActivityDefinition>
{
    public ActivityOfFractalSpec(GoalId rootId, ActivityDefinitionId activityId, bool forUpdate = false)
    {
        Query.Where(a => a.Id == activityId && a.RootId == rootId);
        if (forUpdate) Query.AsTracking();
    }
}
