using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Application.Templates;

/// <summary>Route ids are opaque text; text that cannot be an id simply names nothing (404).</summary>
internal static class TemplateIds
{
    public static GoalId? Root(string? text) => EntityIdText.IsValid(text) ? new GoalId(text!) : null;

    public static SessionTemplateId? Template(string? text) => EntityIdText.IsValid(text) ? new SessionTemplateId(text!) : null;
}
