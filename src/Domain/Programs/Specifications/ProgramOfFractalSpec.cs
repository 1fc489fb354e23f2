using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Programs.Specifications;

/// <summary>One program with everything below it, only if it belongs to the fractal (another fractal's answers as missing).</summary>
public sealed class ProgramOfFractalSpec : Specification<TrainingProgram>
{
    public ProgramOfFractalSpec(GoalId rootId, ProgramId programId, bool forUpdate = false)
    {
        Query.Where(p => p.Id == programId && p.RootId == rootId).AsSplitQuery();   // ADR 0033
        if (forUpdate) Query.AsTracking();
    }
}
