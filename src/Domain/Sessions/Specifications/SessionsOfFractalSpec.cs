using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>Every live session of a fractal, with or without a parent, newest first (api-contract #18); or one page of them.</summary>
public sealed class SessionsOfFractalSpec : Specification<Goal>
{
    public SessionsOfFractalSpec(GoalId rootId, int skip = 0, int? take = null)
    {
        Query.Where(g => g.RootId == rootId && g.Type == GoalType.PracticeSession).OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id);
        if (skip > 0) Query.Skip(skip);
        if (take is { } count) Query.Take(count);
    }
}
