using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities.Specifications;

/// <summary>The live groups of a fractal by <c>sort_order</c>, then <c>created_at</c> (api-contract §1.9).</summary>
public sealed class ActivityGroupsOfFractalSpec : Specification<ActivityGroup>
{
    public ActivityGroupsOfFractalSpec(GoalId rootId, bool forUpdate = false)
    {
        Query.Where(g => g.RootId == rootId).OrderBy(g => g.SortOrder).ThenBy(g => g.CreatedAt).ThenBy(g => g.Id);
        if (forUpdate) Query.AsTracking();
    }
}
