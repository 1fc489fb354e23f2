using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Application.Programs;

/// <summary>Route and body ids are opaque text; text that cannot be an id simply names nothing (404).</summary>
internal static class ProgramIds
{
    public static GoalId? Goal(string? text) => EntityIdText.IsValid(text) ? new GoalId(text!) : null;

    public static ProgramId? Program(string? text) => EntityIdText.IsValid(text) ? new ProgramId(text!) : null;

    public static ProgramBlockId? Block(string? text) => EntityIdText.IsValid(text) ? new ProgramBlockId(text!) : null;

    public static ProgramDayId? Day(string? text) => EntityIdText.IsValid(text) ? new ProgramDayId(text!) : null;

    public static SessionTemplateId? Template(string? text) => EntityIdText.IsValid(text) ? new SessionTemplateId(text!) : null;
}
