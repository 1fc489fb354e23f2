using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities.Specifications;

/// <summary>Every activity of the fractal that names the group, retired ones too (deleting the group must see them all).</summary>
public sealed class ActivitiesInGroupSpec : Specification<ActivityDefinition>
{
    public ActivitiesInGroupSpec(GoalId rootId, ActivityGroupId groupId) =>
        Query.Where(a => a.RootId == rootId && a.GroupId == groupId).IgnoreQueryFilter(SoftDeleteFilter.Name).AsTracking();
}
