using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Activities.Specifications;

/// <summary>The live groups of a fractal by <c>sort_order</c>, then <c>created_at</c> (api-contract §1.9).</summary>
public sealed class ActivityGroupsOfFractalSpec : RootScopedSpecification<ActivityGroup>
{
    public ActivityGroupsOfFractalSpec(GoalId rootId, bool forUpdate = false) : base(rootId)
    {
        Query.OrderBy(g => g.SortOrder).ThenBy(g => g.CreatedAt).ThenBy(g => g.Id);
        if (forUpdate) Query.AsTracking();
    }
}
