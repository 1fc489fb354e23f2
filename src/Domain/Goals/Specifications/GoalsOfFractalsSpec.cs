using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Goals.Specifications;

/// <summary>Every live goal (sessions included) of the given fractals: one indexed query on root_id.</summary>
public sealed class GoalsOfFractalsSpec : Specification<Goal>
{
    public GoalsOfFractalsSpec(IReadOnlyCollection<GoalId> rootIds) =>
        Query.Where(g => rootIds.Contains(g.RootId)).OrderBy(g => g.SortOrder).ThenBy(g => g.CreatedAt).ThenBy(g => g.Id);
}
