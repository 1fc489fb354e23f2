using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.CreateActivityInstance;

/// <summary><c>POST /api/{root_id}/activity-instances</c> (contract #41): an instance under the client's id.</summary>
public sealed record CreateActivityInstanceCommand(string RootId, string? InstanceId, string? PracticeSessionId, string? ActivityDefinitionId)
    : IFractalRequest, ICommand<Result<JsonNode>>;
