using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>Every live session of every fractal, oldest first (api-contract #17).</summary>
public sealed class AllSessionsSpec : Specification<Goal>
{
    public AllSessionsSpec() =>
        Query.Where(g => g.Type == GoalType.PracticeSession).OrderBy(g => g.CreatedAt).ThenBy(g => g.Id);
}
