using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using Mediator;

namespace FractalGoals.Application.Sessions.CreateActivityInstance;

/// <summary>
/// <c>POST /api/{root_id}/activity-instances</c> (contract #41): an instance under the client's id, or under a new
/// server-made one when <paramref name="InstanceId"/> is null or empty (ADR 0050).
/// </summary>
public sealed record CreateActivityInstanceCommand(string RootId, string? InstanceId, string? PracticeSessionId, string? ActivityDefinitionId)
    : IFractalRequest, ICommand<Result<ActivityInstanceNode>>;
