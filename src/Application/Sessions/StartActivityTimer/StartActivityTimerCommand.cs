using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.StartActivityTimer;

/// <summary>
/// <c>POST /api/{root_id}/activity-instances/{instance_id}/start</c> (contract #42). The two ids are only used to
/// create the instance when it does not exist yet.
/// </summary>
public sealed record StartActivityTimerCommand(string RootId, string InstanceId, string? PracticeSessionId, string? ActivityDefinitionId)
    : IFractalRequest, ICommand<Result<JsonNode>>;
