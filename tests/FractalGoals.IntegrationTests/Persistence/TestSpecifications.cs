using Ardalis.Specification;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;

namespace FractalGoals.IntegrationTests.Persistence;

// Specifications shaped like the application's, to drive the repository and the evaluator from the tests.

public sealed class GoalsOfFractal : Specification<Goal>
{
    public GoalsOfFractal(GoalId rootId, bool includeDeleted = false, bool tracking = false)
    {
        Query.Where(g => g.RootId == rootId);
        if (includeDeleted) Query.IgnoreQueryFilters();
        if (tracking) Query.AsTracking();
    }
}

/// <summary>The session list of a fractal: newest first, one page (api-contract §1.9).</summary>
public sealed class RecentSessionsOfFractal : Specification<Goal>
{
    public RecentSessionsOfFractal(GoalId rootId, int take = 20, int skip = 0) =>
        Query.Where(g => g.RootId == rootId && g.Type == GoalType.PracticeSession).OrderByDescending(g => g.CreatedAt).Skip(skip).Take(take);
}

public sealed class InstancesOfFractal : Specification<ActivityInstance>
{
    public InstancesOfFractal(GoalId rootId, bool includeDeleted = false, bool tracking = false)
    {
        Query.Where(i => i.RootId == rootId).OrderByDescending(i => i.CreatedAt);
        if (includeDeleted) Query.IgnoreQueryFilters();
        if (tracking) Query.AsTracking();
    }
}

public sealed class TemplatesOfFractal : Specification<SessionTemplate>
{
    public TemplatesOfFractal(GoalId rootId, bool includeDeleted = false)
    {
        Query.Where(t => t.RootId == rootId).OrderBy(t => t.CreatedAt);
        if (includeDeleted) Query.IgnoreQueryFilters();
    }
}
