using FractalGoals.Domain.Common;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Domain.Programs;

// Day operations of the program editor (api-contract #50–#53, domain-rules §13). Each validates everything it
// was given before changing anything, so a broken rule leaves the program as it was.
public sealed partial class TrainingProgram
{
    /// <summary>
    /// Adds days to a block and, with <paramref name="cascade"/>, to every later block (by start date, undated
    /// last). For a weekday a dated block gets one day per matching date, reusing a day already on that date
    /// (renamed when a name is given); otherwise one abstract day. New days are numbered count + 1. Every day
    /// processed gets one new session per template, without de-duplication. Returns the processed days.
    /// </summary>
    public IReadOnlyList<ProgramDay> AddDays(
        ProgramBlockId blockId, string? name, DayOfWeek? weekday, IReadOnlyList<SessionTemplate> templates, bool cascade)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var block = RequireBlock(blockId);
        var dayName = ProgramDay.ValidName(name);
        var templateIds = UsableTemplateIds(templates);
        var targets = cascade ? LaterBlocks(block).Prepend(block).ToList() : [block];

        var processed = new List<ProgramDay>();
        foreach (var target in targets)
        {
            if (weekday is { } wd && target.IsDated)
            {
                foreach (var date in target.Dates.Where(d => d.DayOfWeek == wd))
                {
                    var day = target.DayOn(date);
                    if (day is null) day = target.AddDay(date, target.NextDayNumber, dayName);
                    else if (dayName is not null) day.Rename(dayName);
                    processed.Add(day);
                }
            }
            else
            {
                processed.Add(target.AddDay(date: null, target.NextDayNumber, dayName));
            }
        }
        processed.ForEach(d => d.Schedule(templateIds));
        return processed;
    }

    /// <summary>
    /// Renames and/or renumbers a day and, when templates are given, recreates all its sessions (completion state
    /// is lost). With <paramref name="cascade"/> the same name and sessions go to the day with the same (new)
    /// number in every later block that has one.
    /// </summary>
    public void UpdateDay(ProgramBlockId blockId, ProgramDayId dayId, DayUpdate update, bool cascade)
    {
        ArgumentNullException.ThrowIfNull(update);
        var block = RequireBlock(blockId);
        var day = block.FindDay(dayId) ?? throw DayNotFound("Day not found");
        var name = ProgramDay.ValidName(update.Name);
        ProgramDay.ValidNumber(update.DayNumber);
        var templateIds = update.Templates is null ? null : UsableTemplateIds(update.Templates);

        if (update.DayNumber is { } number) day.Renumber(number);
        var targets = new List<ProgramDay> { day };
        if (cascade) targets.AddRange(LaterBlocks(block).Select(b => b.DayNumbered(day.DayNumber)).OfType<ProgramDay>());
        foreach (var target in targets)
        {
            if (update.Name is not null) target.Rename(name);
            if (templateIds is not null) target.ReplaceSessions(templateIds);
        }
    }

    /// <summary>
    /// Copies a day to every other block (or every block, when <paramref name="includeSourceBlock"/>): the block's
    /// day with the same number takes the source's name, or a new undated day is made with that number and name;
    /// its sessions are replaced by fresh copies of the source's (same template ids, not completed). Copies repeat
    /// existing references, so a template deleted since is copied as its dangling id. Returns one day per block.
    /// </summary>
    public IReadOnlyList<ProgramDay> CopyDay(ProgramBlockId blockId, ProgramDayId dayId, bool includeSourceBlock = false)
    {
        var block = RequireBlock(blockId);
        var source = block.FindDay(dayId) ?? throw DayNotFound("Source day not found");
        var (name, number) = (source.Name, source.DayNumber);
        var templateIds = source.Sessions.Select(s => s.SessionTemplateId).ToList();   // before the source may be reused

        var copies = new List<ProgramDay>();
        foreach (var target in _blocks.Where(b => includeSourceBlock || b != block))
        {
            var day = target.DayNumbered(number) ?? target.AddDay(date: null, number, name);
            day.Rename(name);
            day.ReplaceSessions(templateIds);
            copies.Add(day);
        }
        return copies;
    }

    /// <summary>Removes a day with its sessions; the other days keep their numbers.</summary>
    public void DeleteDay(ProgramBlockId blockId, ProgramDayId dayId)
    {
        var block = RequireBlock(blockId);
        block.RemoveDay(block.FindDay(dayId) ?? throw DayNotFound("Day not found"));
    }

    /// <summary>The blocks after this one when sorted by start date, undated blocks last, ties in insertion order.</summary>
    private IEnumerable<ProgramBlock> LaterBlocks(ProgramBlock block) =>
        _blocks.OrderBy(b => b.StartDate is null).ThenBy(b => b.StartDate).SkipWhile(b => b != block).Skip(1);

    private List<SessionTemplateId?> UsableTemplateIds(IReadOnlyList<SessionTemplate> templates)
    {
        foreach (var template in templates) EnsureUsable(template);
        return [.. templates.Select(t => (SessionTemplateId?)t.Id)];
    }

    private static DomainRuleViolationException DayNotFound(string message) => new(ProgramRules.DayNotFound, message);
}
