using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.ListSessions;

/// <summary>
/// <c>GET /api/{root_id}/sessions</c> (contract #18): every session of the fractal, newest first, hydrated — or one
/// page of that list when <paramref name="Page"/> asks for it (ADR 0030).
/// </summary>
public sealed record ListSessionsQuery(string RootId, PageRequest Page) : IFoldedFractalRead, IQuery<Result<JsonBody>>
{
    public ListSessionsQuery(string rootId)
        : this(rootId, PageRequest.None)
    {
    }
}
