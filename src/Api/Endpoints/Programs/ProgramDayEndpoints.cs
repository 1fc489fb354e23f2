using FractalGoals.Api.Http;
using FractalGoals.Application.Programs.AddProgramDays;
using FractalGoals.Application.Programs.AttachBlockGoal;
using FractalGoals.Application.Programs.CopyProgramDay;
using FractalGoals.Application.Programs.DeleteProgramDay;
using FractalGoals.Application.Programs.GetProgramBlock;
using FractalGoals.Application.Programs.UpdateProgramDay;
using FractalGoals.Application.Programs;
using Mediator;

namespace FractalGoals.Api.Endpoints.Programs;

/// <summary>
/// Contract §4.12: days and goals of a program's blocks; block ∈ program ∈ fractal is checked. Issue 15 adds the
/// read of one block (ADR 0049), versioned by its program.
/// </summary>
internal static class ProgramDayEndpoints
{
    public static RouteGroupBuilder MapProgramDayEndpoints(this RouteGroupBuilder api)
    {
        var blocks = api.MapGroup("/{root_id}/programs/{program_id}/blocks/{block_id}").WithTags("Program blocks and days");
        blocks.MapGet("", GetBlock).WithName("GetProgramBlock").Reads<ProgramBlockResponse>().Versioned();
        blocks.MapPost("/days", AddDays).WithName("AddProgramDays").Writes<ProgramsMessageResponse>(StatusCodes.Status201Created);
        blocks.MapPut("/days/{day_id}", UpdateDay).WithName("UpdateProgramDay").Writes<ProgramsMessageResponse>();
        blocks.MapDelete("/days/{day_id}", DeleteDay).WithName("DeleteProgramDay").Writes<ProgramsMessageResponse>();
        blocks.MapPost("/days/{day_id}/copy", CopyDay).WithName("CopyProgramDay").Writes<ProgramsMessageResponse>();
        blocks.MapPost("/goals", AttachGoal).WithName("AttachBlockGoal").Writes<BlockGoalAttachedResponse>();
        return api;
    }

    private static async Task<IResult> GetBlock(string root_id, string program_id, string block_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetProgramBlockQuery(root_id, program_id, block_id), ct)).ToHttp();

    private static async Task<IResult> AddDays(string root_id, string program_id, string block_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new AddProgramDaysCommand(root_id, program_id, block_id,
            body.Value<string>("name"), body.Value<List<string>>("template_ids"), body.Value<string>("template_id"), body.Value<string>("day_of_week"),
            Cascade(body)), ct)).ToHttp();

    private static async Task<IResult> UpdateDay(
        string root_id, string program_id, string block_id, string day_id, RequestBody body, ISender sender, CancellationToken ct)
    {
        var templateIds = body.Field<List<string>>("template_ids");
        var templateId = body.Field<string>("template_id");
        return (await sender.Send(new UpdateProgramDayCommand(root_id, program_id, block_id, day_id,
            body.Field<string>("name"), body.Value<int?>("day_number"),
            templateIds.IsPresent || templateId.IsPresent, templateIds.Value, templateId.Value, Cascade(body)), ct)).ToHttp();
    }

    private static async Task<IResult> DeleteDay(string root_id, string program_id, string block_id, string day_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteProgramDayCommand(root_id, program_id, block_id, day_id), ct)).ToHttp();

    // The body is optional (#53): target_mode defaults to "all".
    private static async Task<IResult> CopyDay(
        string root_id, string program_id, string block_id, string day_id, RequestBody? body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CopyProgramDayCommand(root_id, program_id, block_id, day_id, body?.Value<string>("target_mode")), ct)).ToHttp();

    private static async Task<IResult> AttachGoal(string root_id, string program_id, string block_id, RequestBody body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new AttachBlockGoalCommand(root_id, program_id, block_id, body.Value<string>("goal_id"), body.Value<string>("deadline")), ct)).ToHttp();

    /// <summary><c>cascade</c>: true or false; absent or null means false.</summary>
    private static bool Cascade(RequestBody body) => body.Value<bool?>("cascade") ?? false;
}
