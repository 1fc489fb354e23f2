using FractalGoals.Api.Http;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Goals.CreateFractal;
using FractalGoals.Application.Goals.DeleteFractal;
using FractalGoals.Application.Goals.ListFractals;
using FractalGoals.Application.Goals;
using Mediator;

namespace FractalGoals.Api.Endpoints.Goals;

/// <summary>Contract §4.2: fractals (root goals). Endpoints bind, send one message, map the result.</summary>
internal static class FractalEndpoints
{
    public static RouteGroupBuilder MapFractalEndpoints(this RouteGroupBuilder api)
    {
        var fractals = api.MapGroup("/fractals").WithTags("Fractals");
        fractals.MapGet("", List).WithName("ListFractals").Reads<IReadOnlyList<FractalSummaryResponse>>(canBeMissing: false);
        fractals.MapPost("", Create).WithName("CreateFractal").Writes<GoalNode>(StatusCodes.Status201Created);
        fractals.MapDelete("/{root_id}", Delete).WithName("DeleteFractal").Writes<StatusMessageResponse>();
        return api;
    }

    private static async Task<IResult> List(ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListFractalsQuery(), ct)).ToHttp();

    private static async Task<IResult> Create(RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateFractalCommand(
            body.Value<string>("name"), body.Value<string>("description"), body.Value<string>("type")), ct)).ToHttp();

    private static async Task<IResult> Delete(string root_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteFractalCommand(root_id), ct)).ToHttp();
}
