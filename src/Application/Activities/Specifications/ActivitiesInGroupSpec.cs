using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Activities.Specifications;

/// <summary>Every activity of the fractal that names the group, retired ones too (deleting the group must see them all).</summary>
public sealed class ActivitiesInGroupSpec : RootScopedSpecification<ActivityDefinition>
{
    public ActivitiesInGroupSpec(GoalId rootId, ActivityGroupId groupId) : base(rootId) =>
        Query.Where(a => a.GroupId == groupId).IgnoreQueryFilters().AsTracking();
}
