using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Activities.Specifications;

/// <summary>Every activity definition of a fractal, retired ones too: history keeps their names and units.</summary>
public sealed class ActivitiesOfFractalIncludingRetiredSpec : RootScopedSpecification<ActivityDefinition>
{
    public ActivitiesOfFractalIncludingRetiredSpec(GoalId rootId) : base(rootId) => Query.IgnoreQueryFilters();
}
