using Ardalis.Specification;
using FractalGoals.Application.Common.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Application.Templates.Specifications;

/// <summary>One live template, only if it belongs to the fractal (another fractal's answers as missing).</summary>
public sealed class TemplateOfFractalSpec : RootScopedSpecification<SessionTemplate>
{
    public TemplateOfFractalSpec(GoalId rootId, SessionTemplateId templateId, bool forUpdate = false) : base(rootId)
    {
        Query.Where(t => t.Id == templateId);
        if (forUpdate) Query.AsTracking();
    }
}
