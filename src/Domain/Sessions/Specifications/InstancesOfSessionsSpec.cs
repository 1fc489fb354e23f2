using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>Live activity instances of the given sessions, oldest first (api-contract §1.9).</summary>
public sealed class InstancesOfSessionsSpec : Specification<ActivityInstance>
{
    public InstancesOfSessionsSpec(GoalId rootId, IReadOnlyCollection<GoalId> sessionIds) =>
        Query.Where(i => i.RootId == rootId && sessionIds.Contains(i.PracticeSessionId)).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id);
}
