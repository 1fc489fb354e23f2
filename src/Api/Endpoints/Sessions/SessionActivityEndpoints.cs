using System.Text.Json.Nodes;
using System.Text.Json;
using FractalGoals.Api.Http;
using FractalGoals.Application.Sessions.AddSessionActivity;
using FractalGoals.Application.Sessions.ListSessionActivities;
using FractalGoals.Application.Sessions.RecordInstanceMetrics;
using FractalGoals.Application.Sessions.RemoveSessionActivity;
using FractalGoals.Application.Sessions.ReorderSessionActivities;
using FractalGoals.Application.Sessions;
using Mediator;

namespace FractalGoals.Api.Endpoints.Sessions;

/// <summary>
/// Contract §4.6: activity instances of one session; and issue 15's edit of one of them and reorder (ADR 0049). The
/// literal <c>POST /reorder</c> is a POST only: PUT and DELETE of <c>…/activities/reorder</c> still name an instance.
/// </summary>
internal static class SessionActivityEndpoints
{
    public static RouteGroupBuilder MapSessionActivityEndpoints(this RouteGroupBuilder api)
    {
        var activities = api.MapGroup("/{root_id}/sessions/{session_id}/activities").WithTags("Session activities");
        activities.MapGet("", List).WithName("ListSessionActivities").Reads<JsonArray>();
        activities.MapPost("", Add).WithName("AddSessionActivity").Writes<JsonObject>(StatusCodes.Status201Created);
        activities.MapPost("/reorder", Reorder).WithName("ReorderSessionActivities").Writes<JsonArray>();
        activities.MapPut("/{instance_id}", Update).WithName("UpdateSessionActivity").Writes<JsonObject>();
        activities.MapDelete("/{instance_id}", Remove).WithName("RemoveSessionActivity").Writes<MessageResponse>();
        activities.MapPut("/{instance_id}/metrics", RecordMetrics).WithName("RecordInstanceMetrics").Writes<JsonObject>();
        return api;
    }

    private static async Task<IResult> List(string root_id, string session_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListSessionActivitiesQuery(root_id, session_id), ct)).ToHttp();

    private static async Task<IResult> Add(string root_id, string session_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new AddSessionActivityCommand(root_id, session_id, body.Value<string>("activity_definition_id"), body.Value<string>("instance_id")), ct)).ToHttp();

    // A strict body (ADR 0038): activity_ids null, not an array, or with an entry that is neither a string nor null is a
    // malformed body; absent, or with a null or non-id entry, the validator answers.
    private static async Task<IResult> Reorder(string root_id, string session_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ReorderSessionActivitiesCommand(root_id, session_id, body.NonNull<List<string?>>("activity_ids").Value), ct)).ToHttp();

    // #44's body, read by #44's reader; only an instance of this session is edited, and none is created.
    private static async Task<IResult> Update(string root_id, string session_id, string instance_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(ActivityInstanceEndpoints.UpdateCommand(root_id, instance_id, body) with { InSession = session_id }, ct)).ToHttp();

    private static async Task<IResult> Remove(string root_id, string session_id, string instance_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new RemoveSessionActivityCommand(root_id, session_id, instance_id), ct)).ToHttp();

    // metrics is a list of objects (null entries skipped); anything else is a malformed body.
    private static async Task<IResult> RecordMetrics(string root_id, string session_id, string instance_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new RecordInstanceMetricsCommand(root_id, session_id, instance_id,
            [.. (body.Objects("metrics").Value ?? []).OfType<RequestBody>().Select(Input)]), ct)).ToHttp();

    // Entries are read leniently (#25): a metric_id or split_id that is not a string counts as missing (the entry is
    // skipped), a value that is neither a number nor a string is no value.
    private static MetricInput Input(RequestBody entry)
    {
        var fields = entry.Lenient;
        return new(fields.Value<string>("metric_id"), fields.TextOrJson("value", JsonValueKind.String, JsonValueKind.Number).Value, fields.Value<string>("split_id"));
    }
}
