using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.StopActivityTimer;

/// <summary><c>POST /api/{root_id}/activity-instances/{instance_id}/stop</c> (contract #43); the body is ignored.</summary>
public sealed record StopActivityTimerCommand(string RootId, string InstanceId) : IFractalRequest, ICommand<Result<JsonNode>>;
