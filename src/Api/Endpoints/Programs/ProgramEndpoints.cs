using FractalGoals.Api.Http;
using FractalGoals.Application.Programs.CreateProgram;
using FractalGoals.Application.Programs.DeleteProgram;
using FractalGoals.Application.Programs.GetProgram;
using FractalGoals.Application.Programs.ListPrograms;
using FractalGoals.Application.Programs.UpdateProgram;
using FractalGoals.Application.Programs;
using Mediator;

namespace FractalGoals.Api.Endpoints.Programs;

/// <summary>Contract §4.11: programs. <c>weeklySchedule</c> travels as the exact JSON text the client sent.</summary>
internal static class ProgramEndpoints
{
    public static RouteGroupBuilder MapProgramEndpoints(this RouteGroupBuilder api)
    {
        var programs = api.MapGroup("/{root_id}/programs").WithTags("Programs");
        programs.MapGet("", List).WithName("ListPrograms").Reads<IReadOnlyList<ProgramResponse>>();
        programs.MapGet("/{program_id}", Get).WithName("GetProgram").Reads<ProgramResponse>().Versioned();
        programs.MapPost("", Create).WithName("CreateProgram").Writes<ProgramResponse>(StatusCodes.Status201Created);
        programs.MapPut("/{program_id}", Update).WithName("UpdateProgram").Writes<ProgramResponse>();
        programs.MapDelete("/{program_id}", Delete).WithName("DeleteProgram").Writes<ProgramsMessageResponse>();
        return api;
    }

    private static async Task<IResult> List(string root_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListProgramsQuery(root_id), ct)).ToHttp();

    private static async Task<IResult> Get(string root_id, string program_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetProgramQuery(root_id, program_id), ct)).ToHttp();

    // A sent null weeklySchedule is no schedule: nothing stored over the current one, nothing synced.
    private static async Task<IResult> Create(string root_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CreateProgramCommand(root_id,
            body.Value<string>("name"), body.Value<string>("description"), body.Value<string>("start_date"), body.Value<string>("end_date"),
            body.Value<List<string>>("selectedGoals"), body.Json("weeklySchedule").Value), ct)).ToHttp();

    // A present selectedGoals replaces the goals (null: none); is_active cannot be null.
    private static async Task<IResult> Update(string root_id, string program_id, RequestBody body, ISender sender, CancellationToken ct)
    {
        var goals = body.Field<List<string>>("selectedGoals");
        return (await sender.Send(new UpdateProgramCommand(root_id, program_id,
            body.Value<string>("name"), body.Field<string>("description"), body.Field<string>("start_date"), body.Field<string>("end_date"),
            goals.IsPresent ? goals.Value ?? [] : null, body.Json("weeklySchedule").Value, body.NonNull<bool?>("is_active").Value), ct)).ToHttp();
    }

    private static async Task<IResult> Delete(string root_id, string program_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteProgramCommand(root_id, program_id), ct)).ToHttp();
}
