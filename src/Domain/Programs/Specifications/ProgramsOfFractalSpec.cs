using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Programs.Specifications;

/// <summary>
/// A fractal's programs with blocks, days and sessions, oldest first (api-contract §1.9), ties by id. Each level
/// loads with its own query, from the program's root_id down the foreign-key indexes (ADR 0033).
/// </summary>
public sealed class ProgramsOfFractalSpec : Specification<TrainingProgram>
{
    public ProgramsOfFractalSpec(GoalId rootId) =>
        Query.Where(p => p.RootId == rootId).OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).AsSplitQuery();
}
