using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Programs.Specifications;

/// <summary>
/// A fractal's programs with blocks, days and sessions, oldest first (api-contract §1.9), ties by id. Each level
/// loads with its own query, from the program's root_id down the foreign-key indexes (ADR 0033).
/// </summary>
public sealed class ProgramsOfFractalSpec : RootScopedSpecification<TrainingProgram>
{
    public ProgramsOfFractalSpec(GoalId rootId) : base(rootId) =>
        Query.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).AsSplitQuery();
}
