using Ardalis.Specification;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.Specifications;

// The type is stored by name, so the root levels are listed: a range test (Type <= ShortTermGoal) would compare
// the names as text in SQL and miss "UltimateGoal".

/// <summary>Every live fractal root (a parentless goal of level 1–4), oldest first (api-contract §1.9).</summary>
public sealed class FractalRootsSpec : Specification<Goal>
{
    public FractalRootsSpec() =>
        Query.Where(g => g.ParentId == null && (g.Type == GoalType.UltimateGoal || g.Type == GoalType.LongTermGoal || g.Type == GoalType.MidTermGoal || g.Type == GoalType.ShortTermGoal))
            .OrderBy(g => g.CreatedAt).ThenBy(g => g.Id);
}
