using System.Text.Json.Nodes;
using FractalGoals.Api.Http;
using FractalGoals.Application.Common;
using FractalGoals.Application.Sessions.CreateActivityInstance;
using FractalGoals.Application.Sessions.ListActivityInstances;
using FractalGoals.Application.Sessions.StartActivityTimer;
using FractalGoals.Application.Sessions.StopActivityTimer;
using FractalGoals.Application.Sessions.UpdateActivityInstance;
using Mediator;

namespace FractalGoals.Api.Endpoints.Sessions;

/// <summary>Contract §4.10: activity instances of a fractal and their timers.</summary>
internal static class ActivityInstanceEndpoints
{
    public static RouteGroupBuilder MapActivityInstanceEndpoints(this RouteGroupBuilder api)
    {
        var instances = api.MapGroup("/{root_id}/activity-instances").WithTags("Activity instances");
        instances.MapGet("", List).WithName("ListActivityInstances").Reads<JsonArray>();
        instances.MapPost("", Create).WithName("CreateActivityInstance").Writes<JsonObject>(StatusCodes.Status201Created);
        instances.MapPost("/{instance_id}/start", Start).WithName("StartActivityTimer").Writes<JsonObject>();
        instances.MapPost("/{instance_id}/stop", Stop).WithName("StopActivityTimer").Writes<JsonObject>();
        instances.MapPut("/{instance_id}", Update).WithName("UpdateActivityInstance").Writes<JsonObject>();
        return api;
    }

    private static async Task<IResult> List(string root_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListActivityInstancesQuery(root_id), ct)).ToHttp();

    private static async Task<IResult> Create(string root_id, CreateActivityInstanceRequest body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateActivityInstanceCommand(root_id, body.InstanceId, body.PracticeSessionId, body.ActivityDefinitionId), ct)).ToHttp();

    // The client always sends the two ids; a bodiless start still works for an existing instance.
    private static async Task<IResult> Start(string root_id, string instance_id, TimerRequest? body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new StartActivityTimerCommand(root_id, instance_id, body?.PracticeSessionId, body?.ActivityDefinitionId), ct)).ToHttp();

    // Body ignored (contract #43), so it is not bound: a malformed one cannot fail the stop.
    private static async Task<IResult> Stop(string root_id, string instance_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new StopActivityTimerCommand(root_id, instance_id), ct)).ToHttp();

    // Bound as JsonObject to tell an absent field from null (§1.10); duration_seconds is never read (always derived).
    private static async Task<IResult> Update(string root_id, string instance_id, JsonObject body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new UpdateActivityInstanceCommand(root_id, instance_id, Id(body, "practice_session_id"), Id(body, "activity_definition_id"))
        {
            TimeStart = PatchReader.String(body, "time_start"),
            TimeStop = PatchReader.String(body, "time_stop"),
            Completed = PatchReader.Bool(body, "completed"),
            Notes = PatchReader.String(body, "notes"),
            Sets = body.TryGetPropertyValue("sets", out var sets) ? Patch<string>.Of(sets?.ToJsonString() ?? "null") : Patch<string>.Absent,
        }, ct)).ToHttp();

    // A creation id that is not a string counts as missing.
    private static string? Id(JsonObject body, string key) => PatchReader.String(body, key) is { IsWrongType: false } patch ? patch.Value : null;
}

internal sealed record CreateActivityInstanceRequest(string? InstanceId, string? PracticeSessionId, string? ActivityDefinitionId);

internal sealed record TimerRequest(string? PracticeSessionId, string? ActivityDefinitionId);
