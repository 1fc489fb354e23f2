using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities.Specifications;

/// <summary>The live activities of a fractal by name, ordinal (api-contract §1.9: SQLite BINARY collation).</summary>
public sealed class ActivitiesOfFractalSpec : Specification<ActivityDefinition>
{
    public ActivitiesOfFractalSpec(GoalId rootId) =>
        Query.Where(a => a.RootId == rootId).OrderBy(a => a.Name).ThenBy(a => a.Id);
}
