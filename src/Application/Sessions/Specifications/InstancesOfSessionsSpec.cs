using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>
/// Live activity instances of the given sessions, oldest first (api-contract §1.9): the fractal-wide list's order. One
/// session's own list is put in its order by <see cref="ActivityInstance.InSessionOrder"/> (ADR 0049).
/// </summary>
public sealed class InstancesOfSessionsSpec : RootScopedSpecification<ActivityInstance>
{
    public InstancesOfSessionsSpec(GoalId rootId, IReadOnlyCollection<GoalId> sessionIds, bool forUpdate = false) : base(rootId)
    {
        Query.Where(i => sessionIds.Contains(i.PracticeSessionId)).OrderBy(i => i.CreatedAt).ThenBy(i => i.Id);
        if (forUpdate) Query.AsTracking();
    }
}
