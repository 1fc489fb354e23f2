using System.Text.Json;
using FractalGoals.Api.Http;
using FractalGoals.Application.Activities;
using FractalGoals.Application.Activities.CreateActivity;
using FractalGoals.Application.Activities.DeleteActivity;
using FractalGoals.Application.Activities.ListActivities;
using FractalGoals.Application.Activities.UpdateActivity;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace FractalGoals.Api.Endpoints.Activities;

/// <summary>Contract §4.8: activity definitions with their metric and split definitions.</summary>
internal static class ActivityEndpoints
{
    public static RouteGroupBuilder MapActivityEndpoints(this RouteGroupBuilder api)
    {
        var activities = api.MapGroup("/{root_id}/activities").WithTags("Activities");
        activities.MapGet("", List).WithName("ListActivities").Reads<IReadOnlyList<ActivityResponse>>();
        activities.MapPost("", Create).WithName("CreateActivity").Writes<ActivityResponse>(StatusCodes.Status201Created);
        activities.MapPut("/{activity_id}", Update).WithName("UpdateActivity").Writes<ActivityResponse>();
        activities.MapDelete("/{activity_id}", Delete).WithName("DeleteActivity").Writes<ActivitiesMessageResponse>();
        return api;
    }

    private static async Task<IResult> List(string root_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListActivitiesQuery(root_id), ct)).ToHttp();

    private static async Task<IResult> Create(string root_id, CreateActivityRequest body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateActivityCommand(root_id, body.Name, body.Description, body.HasSets, body.HasMetrics,
            body.MetricsMultiplicative, body.HasSplits, body.GroupId, body.Metrics, body.Splits), ct)).ToHttp();

    private static async Task<IResult> Update(string root_id, string activity_id, JsonElement body, IOptions<JsonOptions> json, ISender sender, CancellationToken ct)
    {
        PresentFields.EnsureObject(body);
        var options = json.Value.SerializerOptions;
        var command = new UpdateActivityCommand(root_id, activity_id,
            Name: PresentFields.Get<string>(body, "name", options),
            Description: PresentFields.Field<string>(body, "description", options),
            HasSets: PresentFields.Flag(body, "has_sets"),
            HasMetrics: PresentFields.Flag(body, "has_metrics"),
            MetricsMultiplicative: PresentFields.Flag(body, "metrics_multiplicative"),
            HasSplits: PresentFields.Flag(body, "has_splits"),
            GroupId: PresentFields.Field<string>(body, "group_id", options),
            Metrics: PresentFields.GetNonNull<List<ActivityMetricInput?>>(body, "metrics", options),
            Splits: PresentFields.GetNonNull<List<ActivitySplitInput?>>(body, "splits", options));
        return (await sender.Send(command, ct)).ToHttp();
    }

    private static async Task<IResult> Delete(string root_id, string activity_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteActivityCommand(root_id, activity_id), ct)).ToHttp();
}

internal sealed record CreateActivityRequest(
    string? Name,
    string? Description,
    bool? HasSets,
    bool? HasMetrics,
    bool? MetricsMultiplicative,
    bool? HasSplits,
    string? GroupId,
    IReadOnlyList<ActivityMetricInput?>? Metrics,
    IReadOnlyList<ActivitySplitInput?>? Splits);
