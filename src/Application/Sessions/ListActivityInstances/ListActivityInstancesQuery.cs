using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.ListActivityInstances;

/// <summary><c>GET /api/{root_id}/activity-instances</c> (contract #40): live instances of the fractal's live sessions, oldest first.</summary>
public sealed record ListActivityInstancesQuery(string RootId) : IFractalRequest, IQuery<Result<JsonNode>>;
