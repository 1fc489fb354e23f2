using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Templates.Specifications;

/// <summary>
/// The templates of one fractal among the given ids, deleted ones included: a scheduled session keeps showing its
/// template's name, and the program decides whether a deleted template may stay scheduled.
/// </summary>
public sealed class TemplatesOfFractalByIdsSpec : Specification<SessionTemplate>
{
    public TemplatesOfFractalByIdsSpec(GoalId rootId, IReadOnlyCollection<SessionTemplateId> templateIds) =>
        Query.Where(t => t.RootId == rootId && templateIds.Contains(t.Id)).IgnoreQueryFilter(SoftDeleteFilter.Name);
}
