using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.ListSessionActivities;

/// <summary><c>GET /api/{root_id}/sessions/{session_id}/activities</c> (contract #22): live instances, oldest first.</summary>
public sealed record ListSessionActivitiesQuery(string RootId, string SessionId) : IFractalRequest, IQuery<Result<JsonNode>>;
