using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Activities.Specifications;

/// <summary>The live activities of a fractal by name, ordinal (api-contract §1.9: SQLite BINARY collation).</summary>
public sealed class ActivitiesOfFractalSpec : RootScopedSpecification<ActivityDefinition>
{
    public ActivitiesOfFractalSpec(GoalId rootId) : base(rootId) =>
        Query.OrderBy(a => a.Name).ThenBy(a => a.Id);
}
