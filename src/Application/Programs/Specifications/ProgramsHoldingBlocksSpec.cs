using Ardalis.Specification;
using FractalGoals.Domain.Programs;

namespace FractalGoals.Application.Programs.Specifications;

/// <summary>
/// Programs other than <paramref name="except"/> that hold one of the block ids: block ids come from the client
/// (<c>Date.now()</c> strings) but are primary keys across all programs, so a reused one must be refused, not upserted.
/// </summary>
public sealed class ProgramsHoldingBlocksSpec : Specification<TrainingProgram>
{
    public ProgramsHoldingBlocksSpec(IReadOnlyCollection<ProgramBlockId> blockIds, ProgramId except) =>
        Query.Where(p => p.Id != except && p.Blocks.Any(b => blockIds.Contains(b.Id)));
}
