using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Templates.Specifications;

/// <summary>One live template, only if it belongs to the fractal (another fractal's answers as missing).</summary>
public sealed class TemplateOfFractalSpec : Specification<SessionTemplate>
{
    public TemplateOfFractalSpec(GoalId rootId, SessionTemplateId templateId, bool forUpdate = false)
    {
        Query.Where(t => t.Id == templateId && t.RootId == rootId);
        if (forUpdate) Query.AsTracking();
    }
}
