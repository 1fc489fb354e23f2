using FractalGoals.Domain.Activities;
using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>Instances of an activity, deleted ones too: a restorable instance still needs its activity (domain-rules §6.2).</summary>
public sealed class InstancesOfActivitySpec : RootScopedSpecification<ActivityInstance>
{
    public InstancesOfActivitySpec(GoalId rootId, ActivityDefinitionId activityId) : base(rootId) =>
        Query.Where(i => i.ActivityDefinitionId == activityId).IgnoreQueryFilters();
}
