using FractalGoals.Api.Http;
using FractalGoals.Application.Activities;
using FractalGoals.Application.Activities.CreateActivity;
using FractalGoals.Application.Activities.DeleteActivity;
using FractalGoals.Application.Activities.GetActivity;
using FractalGoals.Application.Activities.ListActivities;
using FractalGoals.Application.Activities.UpdateActivity;
using Mediator;

namespace FractalGoals.Api.Endpoints.Activities;

/// <summary>Contract §4.8: activity definitions with their metric and split definitions; issue 15's read of one (ADR 0049).</summary>
internal static class ActivityEndpoints
{
    public static RouteGroupBuilder MapActivityEndpoints(this RouteGroupBuilder api)
    {
        var activities = api.MapGroup("/{root_id}/activities").WithTags("Activities");
        activities.MapGet("", List).WithName("ListActivities").Reads<IReadOnlyList<ActivityResponse>>();
        activities.MapGet("/{activity_id}", Get).WithName("GetActivity").Reads<ActivityResponse>().Versioned();
        activities.MapPost("", Create).WithName("CreateActivity").Writes<ActivityResponse>(StatusCodes.Status201Created);
        activities.MapPut("/{activity_id}", Update).WithName("UpdateActivity").Writes<ActivityResponse>();
        activities.MapDelete("/{activity_id}", Delete).WithName("DeleteActivity").Writes<ActivitiesMessageResponse>();
        return api;
    }

    private static async Task<IResult> List(string root_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListActivitiesQuery(root_id), ct)).ToHttp();

    private static async Task<IResult> Get(string root_id, string activity_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetActivityQuery(root_id, activity_id), ct)).ToHttp();

    private static async Task<IResult> Create(string root_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateActivityCommand(root_id, body.Value<string>("name"), body.Value<string>("description"),
            body.Value<bool?>("has_sets"), body.Value<bool?>("has_metrics"), body.Value<bool?>("metrics_multiplicative"), body.Value<bool?>("has_splits"),
            body.Value<string>("group_id"), body.Value<List<ActivityMetricInput?>>("metrics"), body.Value<List<ActivitySplitInput?>>("splits")), ct)).ToHttp();

    // An update's flags and lists cannot be null (a null is a malformed body); absent ones change nothing.
    private static async Task<IResult> Update(string root_id, string activity_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new UpdateActivityCommand(root_id, activity_id,
            Name: body.Value<string>("name"),
            Description: body.Field<string>("description"),
            HasSets: body.NonNull<bool?>("has_sets").Value,
            HasMetrics: body.NonNull<bool?>("has_metrics").Value,
            MetricsMultiplicative: body.NonNull<bool?>("metrics_multiplicative").Value,
            HasSplits: body.NonNull<bool?>("has_splits").Value,
            GroupId: body.Field<string>("group_id"),
            Metrics: body.NonNull<List<ActivityMetricInput?>>("metrics").Value,
            Splits: body.NonNull<List<ActivitySplitInput?>>("splits").Value), ct)).ToHttp();

    private static async Task<IResult> Delete(string root_id, string activity_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteActivityCommand(root_id, activity_id), ct)).ToHttp();
}
