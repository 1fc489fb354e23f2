using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using Mediator;

namespace FractalGoals.Application.Sessions.GetSession;

/// <summary>
/// <c>GET /api/{root_id}/sessions/{session_id}</c> (issue 15, ADR 0049): one live session of this fractal exactly as
/// <c>GET /api/{root_id}/sessions</c> (#18) lists it — children and hydrated session_data — with its version as ETag.
/// </summary>
public sealed record GetSessionQuery(string RootId, string SessionId) : IFoldedFractalRead, IQuery<Result<GoalNode>>;
