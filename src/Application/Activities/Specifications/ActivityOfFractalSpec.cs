using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Activities.Specifications;

/// <summary>One live activity with its definitions, only if it belongs to the fractal.</summary>
public sealed class ActivityOfFractalSpec : RootScopedSpecification<ActivityDefinition>
{
    public ActivityOfFractalSpec(GoalId rootId, ActivityDefinitionId activityId, bool forUpdate = false) : base(rootId)
    {
        Query.Where(a => a.Id == activityId);
        if (forUpdate) Query.AsTracking();
    }
}
