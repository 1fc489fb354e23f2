using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using Mediator;

namespace FractalGoals.Application.Sessions.ListAllSessions;

/// <summary>
/// <c>GET /api/practice-sessions</c> (contract #17): every live session of every fractal, oldest first — or one page
/// of that list when <paramref name="Page"/> asks for it (ADR 0030).
/// </summary>
public sealed record ListAllSessionsQuery(PageRequest Page) : IQuery<Result<WrittenList<GoalNode>>>
{
    public ListAllSessionsQuery()
        : this(PageRequest.None)
    {
    }
}
