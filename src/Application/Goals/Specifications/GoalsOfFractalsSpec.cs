using Ardalis.Specification;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.Specifications;

/// <summary>Every live goal (sessions included) of several fractals, unordered: <see cref="FractalGoalsSpec"/> for many roots at once.</summary>
public sealed class GoalsOfFractalsSpec : Specification<Goal>
{
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
