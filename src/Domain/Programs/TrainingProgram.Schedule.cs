using FractalGoals.Domain.Common;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Domain.Programs;

// The schedule sync (api-contract §4.11.1, domain-rules §13) that materialises block drafts into blocks, days and
// scheduled sessions.
public sealed partial class TrainingProgram
{
    /// <summary>
    /// Makes the blocks match <paramref name="drafts"/>: blocks are upserted by id, in order; for every date of a
    /// block the day on that date takes the date's position as its number and holds exactly the templates of its
    /// weekday. A missing day is created (named after the weekday) only when that weekday has templates (Q-25
    /// fixed). Undated days and days outside the range are left alone; blocks not in the drafts are removed with
    /// their days. Every referenced template must be in <paramref name="templates"/>, live and of this fractal.
    /// A template deleted since it was scheduled may stay in the drafts (the client re-sends the whole schedule on
    /// every edit); a deleted one the program does not already hold is refused. Everything is checked before
    /// anything changes.
    /// </summary>
    public void SyncBlocks(IReadOnlyList<BlockDraft> drafts, IReadOnlyDictionary<SessionTemplateId, SessionTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(templates);
        EnsureValid(drafts, templates);

        var kept = new HashSet<ProgramBlockId>();
        foreach (var draft in drafts)
        {
            var block = Upsert(draft);
            kept.Add(block.Id);
            var position = 0;
            foreach (var date in block.Dates)
            {
                position++;
                var templateIds = draft.TemplatesOn(date.DayOfWeek);
                var day = block.DayOn(date);
                if (day is null)
                {
                    if (templateIds.Count == 0) continue;
                    day = block.AddDay(date, position, date.DayOfWeek.ToString());
                }
                else
                {
                    day.Renumber(position);
                }
                day.ReconcileSessions(templateIds);
            }
        }
        _blocks.RemoveAll(b => !kept.Contains(b.Id));
    }

    private bool Schedules(SessionTemplateId templateId) =>
        _blocks.Exists(b => b.Days.Any(d => d.Sessions.Any(s => s.SessionTemplateId == templateId)));

    private ProgramBlock Upsert(BlockDraft draft)
    {
        var id = draft.Id ?? ProgramBlockId.New();
        if (FindBlock(id) is { } existing)
        {
            existing.Reshape(draft.Name, draft.StartDate, draft.EndDate, draft.Color);
            return existing;
        }
        var block = new ProgramBlock(id, Id, draft.Name, draft.StartDate, draft.EndDate, draft.Color);
        _blocks.Add(block);
        return block;
    }

    private void EnsureValid(IReadOnlyList<BlockDraft> drafts, IReadOnlyDictionary<SessionTemplateId, SessionTemplate> templates)
    {
        var ids = new HashSet<ProgramBlockId>();
        foreach (var draft in drafts)
        {
            ArgumentNullException.ThrowIfNull(draft);
            if (draft.Id is { } id && !ids.Add(id))
                throw new DomainRuleViolationException(ProgramRules.DuplicateBlockId, $"Block id {id} appears more than once");
            ProgramBlock.ValidName(draft.Name);
            ProgramBlock.EnsureOrdered(draft.StartDate, draft.EndDate);
            foreach (var templateId in Enum.GetValues<DayOfWeek>().SelectMany(draft.TemplatesOn))
            {
                if (!templates.TryGetValue(templateId, out var template) || template.Id != templateId)
                    throw new DomainRuleViolationException(ProgramRules.TemplateNotFound, "Template not found");
                EnsureUsable(template, keptWhenDeleted: Schedules(templateId));
            }
        }
    }
}
