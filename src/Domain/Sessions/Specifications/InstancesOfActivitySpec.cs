using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>Instances of an activity, deleted ones too: a restorable instance still needs its activity (domain-rules §6.2).</summary>
public sealed class InstancesOfActivitySpec : Specification<ActivityInstance>
{
    public InstancesOfActivitySpec(GoalId rootId, ActivityDefinitionId activityId) =>
        Query.Where(i => i.RootId == rootId && i.ActivityDefinitionId == activityId).IgnoreQueryFilter(SoftDeleteFilter.Name);
}
