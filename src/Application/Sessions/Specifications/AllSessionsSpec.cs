using Ardalis.Specification;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>Every live session of every fractal, oldest first (api-contract #17); or one page of them.</summary>
public sealed class AllSessionsSpec : Specification<Goal>
{
    public AllSessionsSpec(int skip = 0, int? take = null)
    {
        Query.Where(g => g.Type == GoalType.PracticeSession).OrderBy(g => g.CreatedAt).ThenBy(g => g.Id);
        if (skip > 0) Query.Skip(skip);
        if (take is { } count) Query.Take(count);
    }
}
