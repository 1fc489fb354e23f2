using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Goals.Specifications;

/// <summary>
/// Every live goal (sessions included) of the given fractals: one indexed query on root_id. What a tree, a goal
/// node or a session node needs for children and links; unordered, since the renderer orders children itself
/// (§1.9). Tracked only for a command that changes one of them and renders it.
/// </summary>
public sealed class GoalsOfFractalsSpec : Specification<Goal>
{
    public GoalsOfFractalsSpec(GoalId rootId, bool forUpdate = false)
    {
        Query.Where(g => g.RootId == rootId);   // one fractal: a plain equality, the common case
        if (forUpdate) Query.AsTracking();
    }

    public GoalsOfFractalsSpec(IReadOnlyCollection<GoalId> rootIds)
    {
        if (rootIds.Count == 1)
        {
            var rootId = rootIds.First();
            Query.Where(g => g.RootId == rootId);
        }
        else
        {
            Query.Where(g => rootIds.Contains(g.RootId));
        }
    }
}
