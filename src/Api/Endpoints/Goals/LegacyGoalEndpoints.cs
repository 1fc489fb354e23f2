using System.Text.Json.Nodes;
using FractalGoals.Api.Http;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Goals;
using FractalGoals.Application.Goals.AddGoalTarget;
using FractalGoals.Application.Goals.CompleteGoal;
using FractalGoals.Application.Goals.CreateGoalLegacy;
using FractalGoals.Application.Goals.DeleteGoalLegacy;
using FractalGoals.Application.Goals.GetGoalLegacy;
using FractalGoals.Application.Goals.ListGoalTrees;
using FractalGoals.Application.Goals.RemoveGoalTarget;
using FractalGoals.Application.Goals.UpdateGoalLegacy;
using Mediator;

namespace FractalGoals.Api.Endpoints.Goals;

/// <summary>
/// Contract §4.4: the global goal routes that predate fractal scoping (#11–#13, #15, #16), issue 15's read of one
/// goal (ADR 0049) and a goal's targets beside #15 (ADR 0050). <c>POST
/// /api/goals/practice-session</c> (#14) is a literal route of the Sessions module and wins over <c>{goal_id}</c>.
/// </summary>
internal static class LegacyGoalEndpoints
{
    public static RouteGroupBuilder MapLegacyGoalEndpoints(this RouteGroupBuilder api)
    {
        var goals = api.MapGroup("/goals").WithTags("Goals (legacy)");
        goals.MapGet("", List).WithName("ListGoalTrees").Reads<IReadOnlyList<GoalNode>>(canBeMissing: false).AsBigRead();
        goals.MapPost("", Create).WithName("CreateGoalLegacy").Writes<GoalNode>(StatusCodes.Status201Created);
        goals.MapGet("/{goal_id}", Get).WithName("GetGoalLegacy").Reads<GoalNode>().Versioned();
        goals.MapPut("/{goal_id}", Update).WithName("UpdateGoalLegacy").Writes<UpdatedGoalResponse>();
        goals.MapDelete("/{goal_id}", Delete).WithName("DeleteGoalLegacy").Writes<StatusMessageResponse>();
        goals.MapPatch("/{goal_id}/complete", Complete).WithName("CompleteGoalLegacy").Writes<CompletedGoalResponse>();
        goals.MapPost("/{goal_id}/targets", AddTarget).WithName("AddGoalTargetLegacy").Writes<JsonObject>(StatusCodes.Status201Created).HonoursIfMatch();
        goals.MapDelete("/{goal_id}/targets/{target_id}", RemoveTarget).WithName("RemoveGoalTargetLegacy").Writes<StatusMessageResponse>();
        return api;
    }

    private static async Task<IResult> List(ISender sender, HttpResponse response, CancellationToken ct) =>
        (await sender.Send(new ListGoalTreesQuery(), ct)).ToListHttp(response);

    private static async Task<IResult> Create(RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateGoalLegacyCommand(body.Value<string>("name"), body.Value<string>("description"), body.Value<string>("type"),
            body.Value<string>("parent_id"), body.Value<string>("deadline"), body.Value<bool?>("completed") ?? false), ct)).ToHttp();

    private static async Task<IResult> Get(string goal_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetGoalLegacyQuery(goal_id), ct)).ToHttp();

    private static async Task<IResult> Update(string goal_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new UpdateGoalLegacyCommand(goal_id, GoalChangesBody.Read(body)), ct)).ToHttp();

    private static async Task<IResult> Delete(string goal_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteGoalLegacyCommand(goal_id), ct)).ToHttp();

    private static async Task<IResult> Complete(string goal_id, RequestBody? body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CompleteGoalLegacyCommand(goal_id, CompletionBody.Read(body)), ct)).ToHttp();

    private static async Task<IResult> AddTarget(string goal_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new AddGoalTargetLegacyCommand(goal_id, body.Raw), ct)).ToHttp();

    private static async Task<IResult> RemoveTarget(string goal_id, string target_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new RemoveGoalTargetLegacyCommand(goal_id, target_id), ct)).ToHttp();
}
