using System.Text.Json.Nodes;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.UpdateSession;

/// <summary>
/// <c>PUT /api/{root_id}/sessions/{session_id}</c> (contract #20). Only present fields are applied.
/// <see cref="SessionData"/> is the text to store: a JSON string's content, or any other value serialised.
/// </summary>
public sealed record UpdateSessionCommand(string RootId, string SessionId) : IFractalRequest, ICommand<Result<JsonNode>>
{
    public Patch<string> Name { get; init; }

    public Patch<string> Description { get; init; }

    public Patch<int?> DurationMinutes { get; init; }

    public Patch<int?> TotalDurationSeconds { get; init; }

    public Patch<string> TemplateId { get; init; }

    public Patch<bool> Completed { get; init; }

    public Patch<string> SessionStart { get; init; }

    public Patch<string> SessionEnd { get; init; }

    public Patch<string> SessionData { get; init; }
}
