using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Programs;

/// <summary>
/// A row of <c>program_blocks</c>: a named, coloured stretch of a program with its days and attached goals.
/// Blocks the schedule sync creates are always dated; legacy rows may lack dates (abstract blocks).
/// Only <see cref="TrainingProgram"/> changes it.
/// </summary>
public sealed class ProgramBlock : Entity<ProgramBlockId>, IInsertionOrdered
{
    public const string DefaultName = "Block";

    private readonly List<ProgramDay> _days = [];

    private ProgramBlock()
    {
    }

    internal ProgramBlock(ProgramBlockId id, ProgramId programId, string? name, DateOnly startDate, DateOnly endDate, string? color)
    {
        Id = id;
        ProgramId = programId;
        Reshape(name, startDate, endDate, color);
    }

    public ProgramId ProgramId { get; private set; }

    public string Name { get; private set; } = DefaultName;

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public string? Color { get; private set; }

    /// <summary>Raw JSON array of attached goal ids (§8.5); NULL on legacy rows means none.</summary>
    public string? GoalIds { get; private set; } = GoalIdList.Empty;

    /// <summary>Days by <see cref="ProgramDay.DayNumber"/>, unnumbered first, ties in insertion order (api-contract §1.9).</summary>
    public IReadOnlyList<ProgramDay> Days => [.. SiblingOrder.Of(_days).OrderBy(d => d.DayNumber is not null).ThenBy(d => d.DayNumber)];

    public bool IsDated => StartDate is not null && EndDate is not null;

    /// <summary>Every date of the block's range in order; none for an abstract block.</summary>
    public IEnumerable<DateOnly> Dates
    {
        get
        {
            if (StartDate is not { } start || EndDate is not { } end) yield break;
            for (var date = start; date <= end; date = date.AddDays(1)) yield return date;
        }
    }

    /// <summary>A block's name; blank takes the default, as the sync does.</summary>
    internal static string ValidName(string? name) =>
        TextRules.Name(string.IsNullOrWhiteSpace(name) ? DefaultName : name, ProgramRules.BlockName, "Block name is required");

    internal static void EnsureOrdered(DateOnly startDate, DateOnly endDate)
    {
        if (startDate > endDate)
            throw new DomainRuleViolationException(ProgramRules.BlockStartAfterEnd, "Block start date must be on or before its end date");
    }

    internal void Reshape(string? name, DateOnly startDate, DateOnly endDate, string? color)
    {
        EnsureOrdered(startDate, endDate);
        (Name, StartDate, EndDate, Color) = (ValidName(name), startDate, endDate, color);
    }

    internal int NextDayNumber => _days.Count + 1;

    /// <summary>A new day; a dated one must fall inside the block's range where the block has one.</summary>
    internal ProgramDay AddDay(DateOnly? date, int? dayNumber, string? name)
    {
        if (date is { } d && (d < StartDate || d > EndDate))
            throw new DomainRuleViolationException(ProgramRules.DayOutsideBlock, $"Day {d:yyyy-MM-dd} is outside the block's dates");
        var day = new ProgramDay(Id, date, dayNumber, name);
        _days.Add(day);
        return day;
    }

    internal ProgramDay? FindDay(ProgramDayId dayId) => _days.Find(d => d.Id == dayId);

    internal ProgramDay? DayOn(DateOnly date) => Days.FirstOrDefault(d => d.Date == date);

    /// <summary>The first day with that number; an unnumbered day matches nothing (as SQL <c>= NULL</c> did).</summary>
    internal ProgramDay? DayNumbered(int? dayNumber) => dayNumber is null ? null : Days.FirstOrDefault(d => d.DayNumber == dayNumber);

    internal void RemoveDay(ProgramDay day) => _days.Remove(day);

    /// <summary>Appends the goal once; attaching again changes nothing.</summary>
    internal void AttachGoal(GoalId goalId) => GoalIds = GoalIdList.Append(GoalIds, goalId);

    /// <summary>Order among siblings, assigned by the store on first save (see <see cref="IInsertionOrdered"/>).</summary>
    public long InsertionOrder { get; private set; }

    /// <summary>When this object was made, relative to its siblings; not stored.</summary>
    public long CreationTicket { get; } = CreationTickets.Next();
}
