using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Programs.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;

namespace FractalGoals.Application.Programs;

/// <summary>
/// The program a request is about, only when it belongs to the fractal, and for a block/day request only when the
/// block belongs to the program (Q-26 fixed: the legacy server checked neither). The gate has checked the fractal.
/// </summary>
internal static class ProgramLookup
{
    /// <summary>The fractal's program named by the route (tracked when <paramref name="forUpdate"/>), or the 404 to answer.</summary>
    public static async Task<Result<TrainingProgram>> ProgramAsync(
        IReadRepository<TrainingProgram> programs, GoalId rootId, string programText, bool forUpdate, CancellationToken cancellationToken)
    {
        if (!ProgramId.TryParse(programText, out var programId)
            || await programs.FirstOrDefaultAsync(new ProgramOfFractalSpec(rootId, programId, forUpdate), cancellationToken) is not { } program)
            return Result<TrainingProgram>.NotFound("Program not found");
        return program;
    }

    /// <summary>The program, tracked, with the route's block when that block is one of its blocks.</summary>
    public static async Task<Result<BlockOwner>> BlockOwnerAsync(
        IReadRepository<TrainingProgram> programs, GoalId rootId, string programText, string blockText, CancellationToken cancellationToken)
    {
        var found = await ProgramAsync(programs, rootId, programText, forUpdate: true, cancellationToken);
        if (!found.IsSuccess) return found.Failed<BlockOwner>();
        if (!ProgramBlockId.TryParse(blockText, out var blockId) || found.Value!.FindBlock(blockId) is null)
            return Result<BlockOwner>.NotFound("Block not found");
        return new BlockOwner(found.Value, blockId);
    }

    /// <summary>The template ids a day request names: <c>template_ids</c> plus a truthy <c>template_id</c> not already listed.</summary>
    public static IReadOnlyList<string> TemplateIdsOf(IReadOnlyList<string>? templateIds, string? templateId)
    {
        var ids = templateIds?.ToList() ?? [];
        if (!string.IsNullOrEmpty(templateId) && !ids.Contains(templateId)) ids.Add(templateId);
        return ids;
    }
}
