using FractalGoals.Api.Http;
using FractalGoals.Application.Activities.CreateActivityGroup;
using FractalGoals.Application.Activities.DeleteActivityGroup;
using FractalGoals.Application.Activities.GetActivityGroup;
using FractalGoals.Application.Activities.ListActivityGroups;
using FractalGoals.Application.Activities.ReorderActivityGroups;
using FractalGoals.Application.Activities.UpdateActivityGroup;
using FractalGoals.Application.Activities;
using Mediator;

namespace FractalGoals.Api.Endpoints.Activities;

/// <summary>
/// Contract §4.7: activity groups, and issue 15's read of one (ADR 0049). The literal <c>/reorder</c> outranks
/// <c>/{group_id}</c> (§1.1); it is a PUT only, so <c>GET …/reorder</c> reads a group called "reorder" (none: 404).
/// </summary>
internal static class ActivityGroupEndpoints
{
    public static RouteGroupBuilder MapActivityGroupEndpoints(this RouteGroupBuilder api)
    {
        var groups = api.MapGroup("/{root_id}/activity-groups").WithTags("Activity groups");
        groups.MapGet("", List).WithName("ListActivityGroups").Reads<IReadOnlyList<ActivityGroupResponse>>();
        groups.MapGet("/{group_id}", Get).WithName("GetActivityGroup").Reads<ActivityGroupResponse>().Versioned();
        groups.MapPost("", Create).WithName("CreateActivityGroup").Writes<ActivityGroupResponse>(StatusCodes.Status201Created);
        groups.MapPut("/reorder", Reorder).WithName("ReorderActivityGroups").Writes<ActivitiesMessageResponse>();
        groups.MapPut("/{group_id}", Update).WithName("UpdateActivityGroup").Writes<ActivityGroupResponse>();
        groups.MapDelete("/{group_id}", Delete).WithName("DeleteActivityGroup").Writes<ActivitiesMessageResponse>();
        return api;
    }

    private static async Task<IResult> List(string root_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListActivityGroupsQuery(root_id), ct)).ToHttp();

    private static async Task<IResult> Get(string root_id, string group_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetActivityGroupQuery(root_id, group_id), ct)).ToHttp();

    private static async Task<IResult> Create(string root_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateActivityGroupCommand(root_id, body.Value<string>("name"), body.Value<string>("description")), ct)).ToHttp();

    private static async Task<IResult> Reorder(string root_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ReorderActivityGroupsCommand(root_id, body.Value<List<string?>>("group_ids")), ct)).ToHttp();

    private static async Task<IResult> Update(string root_id, string group_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new UpdateActivityGroupCommand(root_id, group_id, body.Value<string>("name"), body.Field<string>("description")), ct)).ToHttp();

    private static async Task<IResult> Delete(string root_id, string group_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteActivityGroupCommand(root_id, group_id), ct)).ToHttp();
}
