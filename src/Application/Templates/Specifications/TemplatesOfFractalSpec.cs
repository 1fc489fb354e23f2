using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Application.Templates.Specifications;

/// <summary>The live templates of a fractal, oldest first (api-contract §1.9).</summary>
public sealed class TemplatesOfFractalSpec : RootScopedSpecification<SessionTemplate>
{
    public TemplatesOfFractalSpec(GoalId rootId) : base(rootId) =>
        Query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id);
}
