using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>Every instance of a session, deleted ones included and tracked: they follow a session delete or restore.</summary>
public sealed class InstancesOfSessionIncludingDeletedSpec : RootScopedSpecification<ActivityInstance>
{
    public InstancesOfSessionIncludingDeletedSpec(GoalId rootId, GoalId sessionId) : base(rootId) =>
        Query.Where(i => i.PracticeSessionId == sessionId).IgnoreQueryFilters().AsTracking();
}
