using Ardalis.Specification;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Activities.Specifications;

/// <summary>Every activity definition of several fractals, retired ones too (the cross-fractal session list).</summary>
public sealed class ActivitiesOfFractalsIncludingRetiredSpec : Specification<ActivityDefinition>
{
    public ActivitiesOfFractalsIncludingRetiredSpec(IReadOnlyCollection<GoalId> rootIds) =>
        Query.Where(a => rootIds.Contains(a.RootId)).IgnoreQueryFilters();
}
