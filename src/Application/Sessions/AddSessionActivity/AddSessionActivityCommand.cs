using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.AddSessionActivity;

/// <summary>
/// <c>POST /api/{root_id}/sessions/{session_id}/activities</c> (contract #23). <paramref name="InstanceId"/> is the
/// client's id, or null/empty for a new UUID.
/// </summary>
public sealed record AddSessionActivityCommand(string RootId, string SessionId, string? ActivityDefinitionId, string? InstanceId = null)
    : IFractalRequest, ICommand<Result<JsonNode>>;
