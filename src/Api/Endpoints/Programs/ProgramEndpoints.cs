using System.Text.Json;
using FractalGoals.Api.Http;
using FractalGoals.Application.Programs.CreateProgram;
using FractalGoals.Application.Programs.DeleteProgram;
using FractalGoals.Application.Programs.GetProgram;
using FractalGoals.Application.Programs.ListPrograms;
using FractalGoals.Application.Programs.UpdateProgram;
using FractalGoals.Application.Programs;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace FractalGoals.Api.Endpoints.Programs;

/// <summary>Contract §4.11: programs. <c>weeklySchedule</c> travels as the exact JSON text the client sent.</summary>
internal static class ProgramEndpoints
{
    public static RouteGroupBuilder MapProgramEndpoints(this RouteGroupBuilder api)
    {
        var programs = api.MapGroup("/{root_id}/programs").WithTags("Programs");
        programs.MapGet("", List).WithName("ListPrograms").Reads<IReadOnlyList<ProgramResponse>>();
        programs.MapGet("/{program_id}", Get).WithName("GetProgram").Reads<ProgramResponse>();
        programs.MapPost("", Create).WithName("CreateProgram").Writes<ProgramResponse>(StatusCodes.Status201Created);
        programs.MapPut("/{program_id}", Update).WithName("UpdateProgram").Writes<ProgramResponse>();
        programs.MapDelete("/{program_id}", Delete).WithName("DeleteProgram").Writes<ProgramsMessageResponse>();
        return api;
    }

    private static async Task<IResult> List(string root_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new ListProgramsQuery(root_id), ct)).ToHttp();

    private static async Task<IResult> Get(string root_id, string program_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetProgramQuery(root_id, program_id), ct)).ToHttp();

    private static async Task<IResult> Create(string root_id, JsonElement body, IOptions<JsonOptions> json, ISender sender, CancellationToken ct)
    {
        PresentFields.EnsureObject(body);
        var options = json.Value.SerializerOptions;
        var command = new CreateProgramCommand(root_id,
            PresentFields.Get<string>(body, "name", options),
            PresentFields.Get<string>(body, "description", options),
            PresentFields.Get<string>(body, "start_date", options),
            PresentFields.Get<string>(body, "end_date", options),
            PresentFields.Get<List<string>>(body, "selectedGoals", options),
            NullAsAbsent(PresentFields.RawText(body, "weeklySchedule")));
        return (await sender.Send(command, ct)).ToHttp();
    }

    private static async Task<IResult> Update(string root_id, string program_id, JsonElement body, IOptions<JsonOptions> json, ISender sender, CancellationToken ct)
    {
        PresentFields.EnsureObject(body);
        var options = json.Value.SerializerOptions;
        var command = new UpdateProgramCommand(root_id, program_id,
            PresentFields.Get<string>(body, "name", options),
            PresentFields.Field<string>(body, "description", options),
            PresentFields.Field<string>(body, "start_date", options),
            PresentFields.Field<string>(body, "end_date", options),
            PresentFields.Has(body, "selectedGoals") ? PresentFields.Get<List<string>>(body, "selectedGoals", options) ?? [] : null,
            NullAsAbsent(PresentFields.RawText(body, "weeklySchedule")),
            PresentFields.Flag(body, "is_active"));
        return (await sender.Send(command, ct)).ToHttp();
    }

    private static async Task<IResult> Delete(string root_id, string program_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteProgramCommand(root_id, program_id), ct)).ToHttp();

    /// <summary>A sent <c>null</c> schedule is no schedule: nothing stored over the current one, nothing synced.</summary>
    private static string? NullAsAbsent(string? raw) => raw is null or "null" ? null : raw;
}
