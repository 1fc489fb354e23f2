using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities.Specifications;

/// <summary>One live activity definition, only if it belongs to the fractal.</summary>
public sealed class LiveActivityOfFractalSpec : Specification<ActivityDefinition>
{
    public LiveActivityOfFractalSpec(GoalId rootId, ActivityDefinitionId activityId) =>
        Query.Where(a => a.Id == activityId && a.RootId == rootId);
}
