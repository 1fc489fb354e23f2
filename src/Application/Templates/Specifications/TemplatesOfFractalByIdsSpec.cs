using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Application.Templates.Specifications;

/// <summary>
/// The templates of one fractal among the given ids, deleted ones included: a scheduled session keeps showing its
/// template's name, and the program decides whether a deleted template may stay scheduled.
/// </summary>
public sealed class TemplatesOfFractalByIdsSpec : RootScopedSpecification<SessionTemplate>
{
    public TemplatesOfFractalByIdsSpec(GoalId rootId, IReadOnlyCollection<SessionTemplateId> templateIds) : base(rootId) =>
        Query.Where(t => templateIds.Contains(t.Id)).IgnoreQueryFilters();
}
