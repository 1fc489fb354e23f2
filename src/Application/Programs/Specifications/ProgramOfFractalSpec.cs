using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Programs.Specifications;

/// <summary>One program with everything below it, only if it belongs to the fractal (another fractal's answers as missing).</summary>
public sealed class ProgramOfFractalSpec : RootScopedSpecification<TrainingProgram>
{
    public ProgramOfFractalSpec(GoalId rootId, ProgramId programId, bool forUpdate = false) : base(rootId)
    {
        Query.Where(p => p.Id == programId).AsSplitQuery();   // ADR 0033
        if (forUpdate) Query.AsTracking();
    }
}
