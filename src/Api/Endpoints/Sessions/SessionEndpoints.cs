using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using FractalGoals.Api.Http;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Sessions;
using FractalGoals.Application.Sessions.CreateLegacySession;
using FractalGoals.Application.Sessions.CreateSession;
using FractalGoals.Application.Sessions.DeleteSession;
using FractalGoals.Application.Sessions.GetSession;
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
        api.MapPost("/goals/practice-session", CreateLegacy).WithTags("Sessions").WithName("CreateLegacyPracticeSession").Writes<CreatedLegacySessionResponse>(StatusCodes.Status201Created);
        api.MapGet("/practice-sessions", ListAll).WithTags("Sessions").WithName("ListAllPracticeSessions").Reads<IReadOnlyList<GoalNode>>(canBeMissing: false).ProducesProblem(StatusCodes.Status400BadRequest).AsBigRead();

        var sessions = api.MapGroup("/{root_id}/sessions").WithTags("Sessions");
        sessions.MapGet("", List).WithName("ListSessions").Reads<IReadOnlyList<GoalNode>>().ProducesProblem(StatusCodes.Status400BadRequest).AsBigRead();
        sessions.MapPost("", Create).WithName("CreateSession").Writes<GoalNode>(StatusCodes.Status201Created);
        sessions.MapGet("/{session_id}", Get).WithName("GetSession").Reads<GoalNode>().Versioned();
        sessions.MapPut("/{session_id}", Update).WithName("UpdateSession").Writes<GoalNode>();
        sessions.MapDelete("/{session_id}", Delete).WithName("DeleteSession").Writes<MessageResponse>();
        sessions.MapPost("/{session_id}/restore", Restore).WithName("RestoreSession").Writes<GoalNode>();
        return api;
    }

    private static async Task<IResult> CreateLegacy(RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateLegacySessionCommand(
            body.Value<List<string?>>("parent_ids"), body.Value<List<ImmediateGoalInput?>>("immediate_goals"), body.Value<string>("description")), ct)).ToHttp();

    // Optional paging (ADR 0030, docs/paging.md): without limit and offset the whole list, as the contract has it.
    private static async Task<IResult> ListAll([Description(LimitText), RegularExpression(Digits)] string? limit, [Description(OffsetText), RegularExpression(Digits)] string? offset, ISender sender, HttpResponse response, CancellationToken ct) =>
        (await sender.Send(new ListAllSessionsQuery(new PageRequest(limit, offset)), ct)).ToListHttp(response);

    private static async Task<IResult> List(string root_id, [Description(LimitText), RegularExpression(Digits)] string? limit, [Description(OffsetText), RegularExpression(Digits)] string? offset, ISender sender, HttpResponse response, CancellationToken ct) =>
        (await sender.Send(new ListSessionsQuery(root_id, new PageRequest(limit, offset)), ct)).ToListHttp(response);

    private const string Digits = "^[0-9]+$";   // documents the format; the query's validator answers a bad value
    private const string LimitText = "Optional page size, an integer from 0 to 500. With limit or offset the answer is one page of the list, in its usual order, and the X-Total-Count header gives the whole list's length.";
    private const string OffsetText = "Optional number of rows to skip (an integer, 0 or more). Alone it returns the rest of the list.";

    // Issue 15 (ADR 0049): one session exactly as the list above has it.
    private static async Task<IResult> Get(string root_id, string session_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetSessionQuery(root_id, session_id), ct)).ToHttp();

    // #19: session_data as a JSON string is stored as its content, any other value as its text; null is "none". A
    // parent_id beside parent_ids is their first element (ADR 0050); a non-string one is a wrong type (400).
    private static async Task<IResult> Create(string root_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateSessionCommand(
            root_id, body.Value<string>("name"), body.Value<string>("description"), body.Value<int?>("duration_minutes"),
            body.TextOrJson("session_data").Value, body.Value<List<string?>>("parent_ids"), body.Value<string>("template_id"),
            body.Value<int?>("total_duration_seconds"), body.Value<string>("session_start"), body.Value<string>("session_end"),
            body.Value<List<ImmediateGoalInput?>>("immediate_goals"), body.Value<string>("parent_id")), ct)).ToHttp();

    // Lenient: the validator names the wrongly typed field (#20). A sent null session_data is stored as the text null.
    private static async Task<IResult> Update(string root_id, string session_id, RequestBody body, ISender sender, CancellationToken ct)
    {
        var fields = body.Lenient;
        return (await sender.Send(new UpdateSessionCommand(root_id, session_id)
        {
            Name = fields.Field<string>("name"),
            Description = fields.Field<string>("description"),
            DurationMinutes = fields.Field<int?>("duration_minutes"),
            TotalDurationSeconds = fields.Field<int?>("total_duration_seconds"),
            TemplateId = fields.Field<string>("template_id"),
            Completed = fields.NonNull<bool>("completed"),
            SessionStart = fields.Field<string>("session_start"),
            SessionEnd = fields.Field<string>("session_end"),
            SessionData = RequestBody.NullAsText(fields.TextOrJson("session_data")),
        }, ct)).ToHttp();
    }

    private static async Task<IResult> Delete(string root_id, string session_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteSessionCommand(root_id, session_id), ct)).ToHttp();

    private static async Task<IResult> Restore(string root_id, string session_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new RestoreSessionCommand(root_id, session_id), ct)).ToHttp();
}
