using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.RemoveSessionActivity;

/// <summary><c>DELETE /api/{root_id}/sessions/{session_id}/activities/{instance_id}</c> (contract #24), soft.</summary>
public sealed record RemoveSessionActivityCommand(string RootId, string SessionId, string InstanceId) : IFractalRequest, ICommand<Result<MessageResponse>>;
