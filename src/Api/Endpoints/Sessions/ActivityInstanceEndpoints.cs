using System.Text.Json.Nodes;
using FractalGoals.Api.Http;
using FractalGoals.Application.Sessions.CreateActivityInstance;
using FractalGoals.Application.Sessions.GetActivityInstance;
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
        instances.MapGet("/{instance_id}", Get).WithName("GetActivityInstance").Reads<JsonObject>().Versioned();
        instances.MapPost("", Create).WithName("CreateActivityInstance").Writes<JsonObject>(StatusCodes.Status201Created);
        instances.MapPost("/{instance_id}/start", Start).WithName("StartActivityTimer").Writes<JsonObject>();
        instances.MapPost("/{instance_id}/stop", Stop).WithName("StopActivityTimer").Writes<JsonObject>();
        instances.MapPut("/{instance_id}", Update).WithName("UpdateActivityInstance").Writes<JsonObject>();
        return api;
    }

    private static async Task<IResult> List(string root_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListActivityInstancesQuery(root_id), ct)).ToHttp();

    private static async Task<IResult> Get(string root_id, string instance_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetActivityInstanceQuery(root_id, instance_id), ct)).ToHttp();

    private static async Task<IResult> Create(string root_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateActivityInstanceCommand(root_id,
            body.Value<string>("instance_id"), body.Value<string>("practice_session_id"), body.Value<string>("activity_definition_id")), ct)).ToHttp();

    // The client always sends the two ids; a bodiless start still works for an existing instance.
    private static async Task<IResult> Start(string root_id, string instance_id, RequestBody? body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new StartActivityTimerCommand(root_id, instance_id,
            body?.Value<string>("practice_session_id"), body?.Value<string>("activity_definition_id")), ct)).ToHttp();

    // Body ignored (contract #43), so it is not bound: a malformed one cannot fail the stop.
    private static async Task<IResult> Stop(string root_id, string instance_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new StopActivityTimerCommand(root_id, instance_id), ct)).ToHttp();

    private static async Task<IResult> Update(string root_id, string instance_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(UpdateCommand(root_id, instance_id, body), ct)).ToHttp();

    /// <summary>
    /// #44's body reader, also the session-scoped edit's (ADR 0049). Lenient: the validator names the wrongly typed
    /// field, and a creation id that is not a string counts as missing. duration_seconds is never read (always
    /// derived); a sent null sets is stored as the text null.
    /// </summary>
    internal static UpdateActivityInstanceCommand UpdateCommand(string root_id, string instance_id, RequestBody body)
    {
        var fields = body.Lenient;
        return new UpdateActivityInstanceCommand(root_id, instance_id, fields.Value<string>("practice_session_id"), fields.Value<string>("activity_definition_id"))
        {
            TimeStart = fields.Field<string>("time_start"),
            TimeStop = fields.Field<string>("time_stop"),
            Completed = fields.NonNull<bool>("completed"),
            Notes = fields.Field<string>("notes"),
            Sets = RequestBody.NullAsText(fields.Json("sets")),
        };
    }
}
