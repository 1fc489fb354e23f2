using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>Every live session of a fractal, with or without a parent, newest first (api-contract #18); or one page of them.</summary>
public sealed class SessionsOfFractalSpec : RootScopedSpecification<Goal>
{
    public SessionsOfFractalSpec(GoalId rootId, int skip = 0, int? take = null) : base(rootId)
    {
        Query.Where(g => g.Type == GoalType.PracticeSession).OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id);
        if (skip > 0) Query.Skip(skip);
        if (take is { } count) Query.Take(count);
    }
}
