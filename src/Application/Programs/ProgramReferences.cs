using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.Programs.Specifications;
using FractalGoals.Application.Templates.Specifications;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Application.Programs;

/// <summary>
/// Loads what a program refers to in other aggregates — goals, templates — by the ids the client sent, scoped to
/// the fractal. An id that names nothing there is reported, so the handler can answer 404 before anything changes
/// no dangling ids).
/// </summary>
internal static class ProgramReferences
{
    /// <summary>The goals of the fractal with these ids in the order sent, or null when one of them is not one.</summary>
    public static async Task<IReadOnlyList<Goal>?> GoalsAsync(
        IReadRepository<Goal> goals, GoalId rootId, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var parsed = ids.Select(text => GoalId.TryParse(text, out var id) ? id : (GoalId?)null).ToList();
        if (parsed.Any(id => id is null)) return null;
        var wanted = parsed.Select(id => id!.Value).Distinct().ToList();
        var found = (await goals.ListAsync(new GoalsOfFractalByIdsSpec(rootId, wanted), cancellationToken)).ToDictionary(g => g.Id);
        return wanted.All(found.ContainsKey) ? [.. wanted.Select(id => found[id])] : null;
    }

    /// <summary>The templates of the fractal with these ids (deleted ones too), keyed by id; null when one is missing.</summary>
    public static async Task<IReadOnlyDictionary<SessionTemplateId, SessionTemplate>?> TemplatesAsync(
        IReadRepository<SessionTemplate> templates, GoalId rootId, IEnumerable<SessionTemplateId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<SessionTemplateId, SessionTemplate>();
        var found = (await templates.ListAsync(new TemplatesOfFractalByIdsSpec(rootId, wanted), cancellationToken)).ToDictionary(t => t.Id);
        return wanted.All(found.ContainsKey) ? found : null;
    }

    /// <summary>
    /// The named templates in the order sent (repeats kept: each is one new session); null when one is not a live
    /// template of the fractal — new sessions never point at a deleted template.
    /// </summary>
    public static async Task<IReadOnlyList<SessionTemplate>?> LiveTemplatesAsync(
        IReadRepository<SessionTemplate> templates, GoalId rootId, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (TemplateIds(ids) is not { } parsed
            || await TemplatesAsync(templates, rootId, parsed, cancellationToken) is not { } found
            || found.Values.Any(t => t.IsDeleted))
            return null;
        return [.. parsed.Select(id => found[id])];
    }

    /// <summary>Template ids as sent (null when one cannot be an id), for <see cref="TemplatesAsync"/>.</summary>
    public static IReadOnlyList<SessionTemplateId>? TemplateIds(IEnumerable<string> ids)
    {
        var parsed = ids.Select(text => SessionTemplateId.TryParse(text, out var id) ? id : (SessionTemplateId?)null).ToList();
        return parsed.Any(id => id is null) ? null : [.. parsed.Select(id => id!.Value)];
    }

    /// <summary>The names of every template the programs schedule, for rendering (§2.8 <c>template_name</c>).</summary>
    public static async Task<IReadOnlyDictionary<SessionTemplateId, string>> TemplateNamesAsync(
        IReadRepository<SessionTemplate> templates, GoalId rootId, IEnumerable<TrainingProgram> programs, CancellationToken cancellationToken)
    {
        var ids = ProgramRendering.TemplateIdsOf(programs);
        if (ids.Count == 0) return new Dictionary<SessionTemplateId, string>();
        var found = await templates.ListAsync(new TemplatesOfFractalByIdsSpec(rootId, ids), cancellationToken);
        return found.ToDictionary(t => t.Id, t => t.Name);
    }

    /// <summary>
    /// A sent <c>weeklySchedule</c> made ready for the sync: stored text, block drafts, and every template they name
    /// (404 when one is not a template of the fractal). Block ids are primary keys across programs, so one that
    /// another program already holds is a 409 instead of a failed insert.
    /// </summary>
    public static async Task<Result<ScheduleInput>> ScheduleAsync(
        string raw, GoalId rootId, ProgramId programId,
        IReadRepository<SessionTemplate> templates, IReadRepository<TrainingProgram> programs, CancellationToken cancellationToken)
    {
        var text = JsonText.Parse(raw, "weeklySchedule");
        var read = WeeklySchedule.Read(text.Raw);
        if (!read.IsSuccess) return read.Failed<ScheduleInput>();
        var schedule = read.Value!;
        if (await TemplatesAsync(templates, rootId, schedule.TemplateIds, cancellationToken) is not { } found)
            return Result<ScheduleInput>.NotFound("Template not found");
        if (schedule.BlockIds.Count > 0 && await programs.AnyAsync(new ProgramsHoldingBlocksSpec(schedule.BlockIds, programId), cancellationToken))
            return Result<ScheduleInput>.Conflict("A block id of weeklySchedule belongs to another program");
        return new ScheduleInput(text, schedule, found);
    }
}

/// <summary>A validated <c>weeklySchedule</c>: the text to store, the drafts to sync, the templates they name.</summary>
internal sealed record ScheduleInput(JsonText Text, WeeklySchedule Schedule, IReadOnlyDictionary<SessionTemplateId, SessionTemplate> Templates)
{
    /// <summary>Stores the text and, when it is an array of blocks, materialises them (§4.11.1).</summary>
    public void ApplyTo(TrainingProgram program, DateTime now)
    {
        program.ReplaceWeeklySchedule(Text, now);
        if (Schedule.IsSynced) program.SyncBlocks(Schedule.Blocks, Templates);
    }
}
