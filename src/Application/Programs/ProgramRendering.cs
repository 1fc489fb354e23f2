using System.Text.Json.Nodes;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Application.Programs;

/// <summary>
/// Programs as the client reads them (§2.8). Not a Mapster map: a scheduled session's <c>template_name</c> comes
/// from another aggregate, so rendering takes the template names of the fractal alongside (ADR 0022).
/// </summary>
internal static class ProgramRendering
{
    public static ProgramResponse Render(TrainingProgram program, IReadOnlyDictionary<SessionTemplateId, string> templateNames) =>
        new(program.Id.Value, program.RootId.Value, program.Name, program.Description, program.StartDate, program.EndDate,
            program.CreatedAt, program.UpdatedAt, program.IsActive,
            WireFormat.ParseOr(program.GoalIds, () => new JsonArray()),
            WireFormat.ParseOr(program.WeeklySchedule, () => new JsonObject()),
            [.. program.Blocks.Select(b => Render(b, templateNames))]);

    public static ProgramBlockResponse Render(ProgramBlock block, IReadOnlyDictionary<SessionTemplateId, string> templateNames) =>
        new(block.Id.Value, block.ProgramId.Value, block.Name, block.StartDate, block.EndDate, block.Color,
            WireFormat.ParseOr(block.GoalIds, () => new JsonArray()),
            [.. block.Days.Select(d => new ProgramDayResponse(d.Id.Value, d.BlockId.Value, d.Date, d.DayNumber, d.Name, d.Notes,
                [.. d.Sessions.Select(s => Render(s, templateNames))]))]);

    private static ScheduledSessionResponse Render(ScheduledSession session, IReadOnlyDictionary<SessionTemplateId, string> templateNames) =>
        new(session.Id.Value, session.DayId.Value, session.SessionTemplateId?.Value, session.IsCompleted,
            WireFormat.ParseOr(session.CompletionData, () => new JsonObject()),
            session.SessionTemplateId is { } id && templateNames.TryGetValue(id, out var name) ? name : null);

    /// <summary>Every template id the programs' sessions point at, to load their names in one query.</summary>
    public static IReadOnlyCollection<SessionTemplateId> TemplateIdsOf(IEnumerable<TrainingProgram> programs) =>
        [.. programs.SelectMany(p => p.Blocks).SelectMany(b => b.Days).SelectMany(d => d.Sessions)
            .Select(s => s.SessionTemplateId).OfType<SessionTemplateId>().Distinct()];
}
