using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Api.Http;
using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Sessions;
using FractalGoals.Application.Sessions.CreateLegacySession;
using FractalGoals.Application.Sessions.CreateSession;
using FractalGoals.Application.Sessions.DeleteSession;
using FractalGoals.Application.Sessions.ListAllSessions;
using FractalGoals.Application.Sessions.ListSessions;
using FractalGoals.Application.Sessions.RestoreSession;
using FractalGoals.Application.Sessions.UpdateSession;
using Mediator;

namespace FractalGoals.Api.Endpoints.Sessions;

/// <summary>Contract §4.5 and #14, plus the restore. Endpoints bind, send one message, map the result.</summary>
internal static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/goals/practice-session", CreateLegacy).WithTags("Sessions").WithName("CreateLegacyPracticeSession").Writes<JsonObject>(StatusCodes.Status201Created);
        api.MapGet("/practice-sessions", ListAll).WithTags("Sessions").WithName("ListAllPracticeSessions").Reads<JsonArray>(canBeMissing: false).ProducesProblem(StatusCodes.Status400BadRequest).AsBigRead();

        var sessions = api.MapGroup("/{root_id}/sessions").WithTags("Sessions");
        sessions.MapGet("", List).WithName("ListSessions").Reads<JsonArray>().ProducesProblem(StatusCodes.Status400BadRequest).AsBigRead();
        sessions.MapPost("", Create).WithName("CreateSession").Writes<JsonObject>(StatusCodes.Status201Created);
        sessions.MapPut("/{session_id}", Update).WithName("UpdateSession").Writes<JsonObject>();
        sessions.MapDelete("/{session_id}", Delete).WithName("DeleteSession").Writes<MessageResponse>();
        sessions.MapPost("/{session_id}/restore", Restore).WithName("RestoreSession").Writes<JsonObject>();
        return api;
    }

    private static async Task<IResult> CreateLegacy(CreateLegacySessionRequest body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateLegacySessionCommand(body.ParentIds, body.ImmediateGoals, body.Description), ct)).ToHttp();

    // Optional paging (ADR 0030, docs/paging.md): without limit and offset the whole list, as the contract has it.
    private static async Task<IResult> ListAll([Description(LimitText), RegularExpression(Digits)] string? limit, [Description(OffsetText), RegularExpression(Digits)] string? offset, ISender sender, HttpResponse response, CancellationToken ct) =>
        (await sender.Send(new ListAllSessionsQuery(new PageRequest(limit, offset)), ct)).ToListHttp(response);

    private static async Task<IResult> List(string root_id, [Description(LimitText), RegularExpression(Digits)] string? limit, [Description(OffsetText), RegularExpression(Digits)] string? offset, ISender sender, HttpResponse response, CancellationToken ct) =>
        (await sender.Send(new ListSessionsQuery(root_id, new PageRequest(limit, offset)), ct)).ToListHttp(response);

    private const string Digits = "^[0-9]+$";   // documents the format; the query's validator answers a bad value
    private const string LimitText = "Optional page size, an integer from 0 to 500. With limit or offset the answer is one page of the list, in its usual order, and the X-Total-Count header gives the whole list's length.";
    private const string OffsetText = "Optional number of rows to skip (an integer, 0 or more). Alone it returns the rest of the list.";

    private static async Task<IResult> Create(string root_id, CreateSessionRequest body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateSessionCommand(
            root_id, body.Name, body.Description, body.DurationMinutes, StoredText(body.SessionData), body.ParentIds,
            body.TemplateId, body.TotalDurationSeconds, body.SessionStart, body.SessionEnd, body.ImmediateGoals), ct)).ToHttp();

    private static async Task<IResult> Update(string root_id, string session_id, JsonObject body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new UpdateSessionCommand(root_id, session_id)
        {
            Name = PatchReader.String(body, "name"),
            Description = PatchReader.String(body, "description"),
            DurationMinutes = PatchReader.Int(body, "duration_minutes"),
            TotalDurationSeconds = PatchReader.Int(body, "total_duration_seconds"),
            TemplateId = PatchReader.String(body, "template_id"),
            Completed = PatchReader.Bool(body, "completed"),
            SessionStart = PatchReader.String(body, "session_start"),
            SessionEnd = PatchReader.String(body, "session_end"),
            SessionData = PatchReader.JsonText(body, "session_data"),
        }, ct)).ToHttp();

    private static async Task<IResult> Delete(string root_id, string session_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteSessionCommand(root_id, session_id), ct)).ToHttp();

    private static async Task<IResult> Restore(string root_id, string session_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new RestoreSessionCommand(root_id, session_id), ct)).ToHttp();

    // #19: a JSON string is stored verbatim (its content), an object (or other value) as its text; null is "none".
    private static string? StoredText(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } other => other.GetRawText(),
    };
}

internal sealed record CreateLegacySessionRequest(List<string?>? ParentIds, List<ImmediateGoalInput?>? ImmediateGoals, string? Description);

internal sealed record CreateSessionRequest(
    string? Name,
    string? Description,
    int? DurationMinutes,
    JsonElement? SessionData,
    List<string?>? ParentIds,
    string? TemplateId,
    int? TotalDurationSeconds,
    string? SessionStart,
    string? SessionEnd,
    List<ImmediateGoalInput?>? ImmediateGoals);
