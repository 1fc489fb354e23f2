using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.CreateSession;

/// <summary>
/// <c>POST /api/{root_id}/sessions</c> (contract #19). <paramref name="SessionData"/> is the exact text to store
/// (a JSON string's content, or the serialised object), null for none. Times are ISO 8601 text.
/// </summary>
public sealed record CreateSessionCommand(
    string RootId,
    string? Name = null,
    string? Description = null,
    int? DurationMinutes = null,
    string? SessionData = null,
    IReadOnlyList<string?>? ParentIds = null,
    string? TemplateId = null,
    int? TotalDurationSeconds = null,
    string? SessionStart = null,
    string? SessionEnd = null,
    IReadOnlyList<ImmediateGoalInput?>? ImmediateGoals = null) : IFractalRequest, ICommand<Result<JsonNode>>;
