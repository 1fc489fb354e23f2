using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Programs;
using FractalGoals.Application.Programs.Specifications;

namespace FractalGoals.Application.Programs;

/// <summary>
/// The program a block/day request is about, tracked for change, only when it belongs to the fractal and the block
/// to the program (Q-26 fixed: the legacy server checked neither).
/// </summary>
internal static class ProgramLookup
{
    /// <summary>The fractal's program named by the route (tracked when <paramref name="forUpdate"/>), or the 404 to answer.</summary>
    public static async Task<Result<TrainingProgram>> ProgramAsync(
        IReadRepository<Goal> goals, IReadRepository<TrainingProgram> programs, string rootText, string programText, bool forUpdate,
        CancellationToken cancellationToken)
    {
        if (ProgramIds.Goal(rootText) is not { } rootId || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<TrainingProgram>.NotFound("Fractal not found");
        if (ProgramIds.Program(programText) is not { } programId
            || await programs.FirstOrDefaultAsync(new ProgramOfFractalSpec(rootId, programId, forUpdate), cancellationToken) is not { } program)
            return Result<TrainingProgram>.NotFound("Program not found");
        return program;
    }

    /// <summary>The program, tracked, when the route's block is one of its blocks.</summary>
    public static async Task<Result<TrainingProgram>> BlockOwnerAsync(
        IReadRepository<Goal> goals, IReadRepository<TrainingProgram> programs, string rootText, string programText, string blockText,
        CancellationToken cancellationToken)
    {
        var owner = await ProgramAsync(goals, programs, rootText, programText, forUpdate: true, cancellationToken);
        if (owner.IsSuccess && (ProgramIds.Block(blockText) is not { } blockId || owner.Value!.FindBlock(blockId) is null))
            return Result<TrainingProgram>.NotFound("Block not found");
        return owner;
    }

    /// <summary>The route's block and day ids when the day is one of that block's days (the block is known to exist).</summary>
    public static (ProgramBlockId Block, ProgramDayId Day)? DayOf(TrainingProgram program, string blockText, string dayText)
    {
        var blockId = ProgramIds.Block(blockText)!.Value;
        return ProgramIds.Day(dayText) is { } dayId && program.FindDay(blockId, dayId) is not null ? (blockId, dayId) : null;
    }

    /// <summary>The template ids a day request names: <c>template_ids</c> plus a truthy <c>template_id</c> not already listed.</summary>
    public static IReadOnlyList<string> TemplateIdsOf(IReadOnlyList<string>? templateIds, string? templateId)
    {
        var ids = templateIds?.ToList() ?? [];
        if (!string.IsNullOrEmpty(templateId) && !ids.Contains(templateId)) ids.Add(templateId);
        return ids;
    }
}
