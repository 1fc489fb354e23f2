using FractalGoals.Domain.Common;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Domain.Programs;

/// <summary>
/// A row of <c>program_days</c>: a dated or abstract (undated) day of a block, numbered from 1 within it, with
/// its scheduled sessions in insertion order. Only <see cref="TrainingProgram"/> changes it.
/// </summary>
public sealed class ProgramDay : Entity<ProgramDayId>, IInsertionOrdered
{
    private readonly List<ScheduledSession> _sessions = [];

    private ProgramDay()
    {
    }

    internal ProgramDay(ProgramBlockId blockId, DateOnly? date, int? dayNumber, string? name)
    {
        Id = ProgramDayId.New();
        (BlockId, Date, DayNumber, Name) = (blockId, date, ValidNumber(dayNumber), ValidName(name));
    }

    public ProgramBlockId BlockId { get; private set; }

    /// <summary>Null for an abstract day.</summary>
    public DateOnly? Date { get; private set; }

    /// <summary>1-based position in the block; gaps remain after a delete. Null only on legacy rows.</summary>
    public int? DayNumber { get; private set; }

    public string? Name { get; private set; }

    /// <summary>Never written by the API.</summary>
    public string? Notes { get; private set; }

    public IReadOnlyList<ScheduledSession> Sessions => SiblingOrder.Of(_sessions);

    /// <summary>An optional label: blank means none.</summary>
    internal static string? ValidName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var trimmed = name.Trim();
        return trimmed.Length <= TextRules.NameMaxLength
            ? trimmed
            : throw new DomainRuleViolationException(ProgramRules.DayNameTooLong, $"Day name must be at most {TextRules.NameMaxLength} characters");
    }

    internal static int? ValidNumber(int? dayNumber) =>
        dayNumber is < 1 ? throw new DomainRuleViolationException(ProgramRules.DayNumberInvalid, "Day number must be at least 1") : dayNumber;

    internal void Rename(string? name) => Name = ValidName(name);

    internal void Renumber(int dayNumber) => DayNumber = ValidNumber(dayNumber);

    /// <summary>Adds one session per id, duplicates included (add day does not de-duplicate, §4.12 #50).</summary>
    internal void Schedule(IEnumerable<SessionTemplateId?> templateIds)
    {
        foreach (var templateId in templateIds) _sessions.Add(new ScheduledSession(Id, templateId));
    }

    /// <summary>Drops every session (completion state is lost) and schedules the given templates afresh.</summary>
    internal void ReplaceSessions(IReadOnlyList<SessionTemplateId?> templateIds)
    {
        _sessions.Clear();
        Schedule(templateIds);
    }

    /// <summary>
    /// Makes the day hold exactly the given templates (schedule sync, §4.11.1): sessions of listed templates are
    /// kept with their state, missing ones are added, the rest are removed.
    /// </summary>
    internal void ReconcileSessions(IReadOnlyCollection<SessionTemplateId> templateIds)
    {
        _sessions.RemoveAll(s => s.SessionTemplateId is not { } id || !templateIds.Contains(id));
        var missing = templateIds.Distinct().Where(id => !_sessions.Exists(s => s.SessionTemplateId == id)).ToList();
        Schedule(missing.Select(id => (SessionTemplateId?)id));
    }

    /// <summary>Order among siblings, assigned by the store on first save (see <see cref="IInsertionOrdered"/>).</summary>
    public long InsertionOrder { get; private set; }

    /// <summary>When this object was made, relative to its siblings; not stored.</summary>
    public long CreationTicket { get; } = CreationTickets.Next();
}
