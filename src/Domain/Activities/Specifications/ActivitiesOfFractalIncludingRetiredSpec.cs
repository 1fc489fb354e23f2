using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities.Specifications;

/// <summary>Every activity definition of a fractal (or of several), retired ones too: history keeps their names and units.</summary>
public sealed class ActivitiesOfFractalIncludingRetiredSpec : Specification<ActivityDefinition>
{
    public ActivitiesOfFractalIncludingRetiredSpec(GoalId rootId) =>
        Query.Where(a => a.RootId == rootId).IgnoreQueryFilter(SoftDeleteFilter.Name);

    public ActivitiesOfFractalIncludingRetiredSpec(IReadOnlyCollection<GoalId> rootIds) =>
        Query.Where(a => rootIds.Contains(a.RootId)).IgnoreQueryFilter(SoftDeleteFilter.Name);
}
