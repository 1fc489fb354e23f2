using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Templates.Specifications;

/// <summary>The live templates of a fractal, oldest first (api-contract §1.9).</summary>
public sealed class TemplatesOfFractalSpec : Specification<SessionTemplate>
{
    public TemplatesOfFractalSpec(GoalId rootId) =>
        Query.Where(t => t.RootId == rootId).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id);
}
