using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.RestoreSession;

/// <summary><c>POST /api/{root_id}/sessions/{session_id}/restore</c> (issue 4): undoes exactly one session delete.</summary>
public sealed record RestoreSessionCommand(string RootId, string SessionId) : IFractalRequest, ICommand<Result<JsonNode>>;
