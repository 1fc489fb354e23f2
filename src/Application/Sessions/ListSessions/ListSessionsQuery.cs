using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.ListSessions;

/// <summary><c>GET /api/{root_id}/sessions</c> (contract #18): every session of the fractal, newest first, hydrated.</summary>
public sealed record ListSessionsQuery(string RootId) : IQuery<Result<JsonNode>>;
