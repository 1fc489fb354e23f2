using System.Text.Json.Nodes;
using FractalGoals.Api.Http;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Goals;
using FractalGoals.Application.Goals.AddGoalTarget;
using FractalGoals.Application.Goals.CompleteGoal;
using FractalGoals.Application.Goals.CreateGoal;
using FractalGoals.Application.Goals.DeleteGoal;
using FractalGoals.Application.Goals.GetFractalTree;
using FractalGoals.Application.Goals.GetGoal;
using FractalGoals.Application.Goals.RemoveGoalTarget;
using FractalGoals.Application.Goals.RestoreGoal;
using FractalGoals.Application.Goals.UpdateGoal;
using Mediator;

namespace FractalGoals.Api.Endpoints.Goals;

/// <summary>
/// Contract §4.3: goals of one fractal (#5–#10), the restore, and a goal's targets as a sub-resource (issue 15,
/// ADR 0050). Ids are opaque text (no route constraints).
/// </summary>
internal static class GoalEndpoints
{
    public static RouteGroupBuilder MapGoalEndpoints(this RouteGroupBuilder api)
    {
        var goals = api.MapGroup("/{root_id}/goals").WithTags("Goals");
        goals.MapGet("", Tree).WithName("GetFractalTree").Reads<GoalNode>().AsBigRead();
        goals.MapPost("", Create).WithName("CreateGoal").Writes<GoalNode>(StatusCodes.Status201Created);
        goals.MapGet("/{goal_id}", Get).WithName("GetGoal").Reads<GoalNode>().AsBigRead().Versioned();
        goals.MapPut("/{goal_id}", Update).WithName("UpdateGoal").Writes<GoalNode>();
        goals.MapDelete("/{goal_id}", Delete).WithName("DeleteGoal").Writes<StatusMessageResponse>();
        goals.MapPatch("/{goal_id}/complete", Complete).WithName("CompleteGoal").Writes<CompletedGoalResponse>();
        goals.MapPost("/{goal_id}/restore", Restore).WithName("RestoreGoal").Writes<GoalNode>();
        goals.MapPost("/{goal_id}/targets", AddTarget).WithName("AddGoalTarget").Writes<JsonObject>(StatusCodes.Status201Created).HonoursIfMatch();
        goals.MapDelete("/{goal_id}/targets/{target_id}", RemoveTarget).WithName("RemoveGoalTarget").Writes<StatusMessageResponse>();
        return api;
    }

    private static async Task<IResult> Tree(string root_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetFractalTreeQuery(root_id), ct)).ToHttp();

    private static async Task<IResult> Create(string root_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateGoalCommand(root_id, body.Value<string>("name"), body.Value<string>("description"),
            body.Value<string>("type"), body.Value<string>("parent_id"), body.Value<string>("deadline")), ct)).ToHttp();

    private static async Task<IResult> Get(string root_id, string goal_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetGoalQuery(root_id, goal_id), ct)).ToHttp();

    private static async Task<IResult> Update(string root_id, string goal_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new UpdateGoalCommand(root_id, goal_id, GoalChangesBody.Read(body)), ct)).ToHttp();

    private static async Task<IResult> Delete(string root_id, string goal_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteGoalCommand(root_id, goal_id), ct)).ToHttp();

    private static async Task<IResult> Complete(string root_id, string goal_id, RequestBody? body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CompleteGoalCommand(root_id, goal_id, CompletionBody.Read(body)), ct)).ToHttp();

    private static async Task<IResult> Restore(string root_id, string goal_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new RestoreGoalCommand(root_id, goal_id), ct)).ToHttp();

    // The body is the target itself, kept as the exact text sent (ADR 0015).
    private static async Task<IResult> AddTarget(string root_id, string goal_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new AddGoalTargetCommand(root_id, goal_id, body.Raw), ct)).ToHttp();

    private static async Task<IResult> RemoveTarget(string root_id, string goal_id, string target_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new RemoveGoalTargetCommand(root_id, goal_id, target_id), ct)).ToHttp();
}
