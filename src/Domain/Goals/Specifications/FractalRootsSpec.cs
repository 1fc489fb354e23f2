using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Goals.Specifications;

/// <summary>Every live fractal root (a parentless goal of level 1–4), oldest first (api-contract §1.9).</summary>
public sealed class FractalRootsSpec : Specification<Goal>
{
    public FractalRootsSpec() =>
        Query.Where(g => g.ParentId == null && g.Type != GoalType.PracticeSession && g.Type <= GoalType.ShortTermGoal)
            .OrderBy(g => g.CreatedAt);
}
