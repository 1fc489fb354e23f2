using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.DeleteSession;

/// <summary><c>DELETE /api/{root_id}/sessions/{session_id}</c> (contract #21), soft (domain-rules §6.2).</summary>
public sealed record DeleteSessionCommand(string RootId, string SessionId) : IFractalRequest, ICommand<Result<MessageResponse>>;
