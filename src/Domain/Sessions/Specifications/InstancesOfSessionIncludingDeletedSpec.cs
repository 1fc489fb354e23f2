using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>Every instance of a session, deleted ones included and tracked: they follow a session delete or restore.</summary>
public sealed class InstancesOfSessionIncludingDeletedSpec : Specification<ActivityInstance>
{
    public InstancesOfSessionIncludingDeletedSpec(GoalId rootId, GoalId sessionId) =>
        Query.Where(i => i.RootId == rootId && i.PracticeSessionId == sessionId).IgnoreQueryFilter(SoftDeleteFilter.Name).AsTracking();
}
