using System.Text.Json;
using FractalGoals.Api.Http;
using FractalGoals.Application.Programs.AddProgramDays;
using FractalGoals.Application.Programs.AttachBlockGoal;
using FractalGoals.Application.Programs.CopyProgramDay;
using FractalGoals.Application.Programs.DeleteProgramDay;
using FractalGoals.Application.Programs.UpdateProgramDay;
using FractalGoals.Application.Programs;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace FractalGoals.Api.Endpoints.Programs;

/// <summary>Contract §4.12: days and goals of a program's blocks; block ∈ program ∈ fractal is checked .</summary>
internal static class ProgramDayEndpoints
{
    public static RouteGroupBuilder MapProgramDayEndpoints(this RouteGroupBuilder api)
    {
        var blocks = api.MapGroup("/{root_id}/programs/{program_id}/blocks/{block_id}").WithTags("Program blocks and days");
        blocks.MapPost("/days", AddDays).WithName("AddProgramDays").Writes<ProgramsMessageResponse>(StatusCodes.Status201Created);
        blocks.MapPut("/days/{day_id}", UpdateDay).WithName("UpdateProgramDay").Writes<ProgramsMessageResponse>();
        blocks.MapDelete("/days/{day_id}", DeleteDay).WithName("DeleteProgramDay").Writes<ProgramsMessageResponse>();
        blocks.MapPost("/days/{day_id}/copy", CopyDay).WithName("CopyProgramDay").Writes<ProgramsMessageResponse>();
        blocks.MapPost("/goals", AttachGoal).WithName("AttachBlockGoal").Writes<BlockGoalAttachedResponse>();
        return api;
    }

    private static async Task<IResult> AddDays(
        string root_id, string program_id, string block_id, JsonElement body, IOptions<JsonOptions> json, ISender sender, CancellationToken ct)
    {
        PresentFields.EnsureObject(body);
        var options = json.Value.SerializerOptions;
        var command = new AddProgramDaysCommand(root_id, program_id, block_id,
            PresentFields.Get<string>(body, "name", options),
            PresentFields.Get<List<string>>(body, "template_ids", options),
            PresentFields.Get<string>(body, "template_id", options),
            PresentFields.Get<string>(body, "day_of_week", options),
            Cascade(body));
        return (await sender.Send(command, ct)).ToHttp();
    }

    private static async Task<IResult> UpdateDay(
        string root_id, string program_id, string block_id, string day_id, JsonElement body, IOptions<JsonOptions> json, ISender sender, CancellationToken ct)
    {
        PresentFields.EnsureObject(body);
        var options = json.Value.SerializerOptions;
        var command = new UpdateProgramDayCommand(root_id, program_id, block_id, day_id,
            PresentFields.Field<string>(body, "name", options),
            PresentFields.Get<int?>(body, "day_number", options),
            PresentFields.Has(body, "template_ids") || PresentFields.Has(body, "template_id"),
            PresentFields.Get<List<string>>(body, "template_ids", options),
            PresentFields.Get<string>(body, "template_id", options),
            Cascade(body));
        return (await sender.Send(command, ct)).ToHttp();
    }

    private static async Task<IResult> DeleteDay(string root_id, string program_id, string block_id, string day_id, ISender sender, CancellationToken ct) =>
        (await sender.Send(new DeleteProgramDayCommand(root_id, program_id, block_id, day_id), ct)).ToHttp();

    // The body is optional: target_mode defaults to "all".
    private static async Task<IResult> CopyDay(
        string root_id, string program_id, string block_id, string day_id, CopyDayRequest? body, ISender sender, CancellationToken ct) =>
        (await sender.Send(new CopyProgramDayCommand(root_id, program_id, block_id, day_id, body?.TargetMode), ct)).ToHttp();

    private static async Task<IResult> AttachGoal(
        string root_id, string program_id, string block_id, JsonElement body, IOptions<JsonOptions> json, ISender sender, CancellationToken ct)
    {
        PresentFields.EnsureObject(body);
        var options = json.Value.SerializerOptions;
        var command = new AttachBlockGoalCommand(root_id, program_id, block_id,
            PresentFields.Get<string>(body, "goal_id", options),
            PresentFields.Get<string>(body, "deadline", options));
        return (await sender.Send(command, ct)).ToHttp();
    }

    /// <summary><c>cascade</c>: true or false; absent or null means false.</summary>
    private static bool Cascade(JsonElement body) =>
        body.TryGetProperty("cascade", out var value) && value.ValueKind != JsonValueKind.Null && PresentFields.Flag(body, "cascade") == true;
}

/// <summary>Body of #53.</summary>
internal sealed record CopyDayRequest(string? TargetMode);
