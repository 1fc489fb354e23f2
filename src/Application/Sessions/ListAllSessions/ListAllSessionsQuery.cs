using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.ListAllSessions;

/// <summary><c>GET /api/practice-sessions</c> (contract #17): every live session of every fractal, oldest first.</summary>
public sealed record ListAllSessionsQuery : IQuery<Result<JsonNode>>;
