using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Domain.Programs;

/// <summary>
/// A date-ranged training plan of one fractal (domain-rules §3.10–§3.13, §13), owning its blocks, their days and
/// the days' scheduled sessions, which have no <c>root_id</c> of their own: the program's is theirs. Programs
/// have no <c>deleted_at</c>; deleting one removes it with everything below. Days and schedule operations live in
/// <c>TrainingProgram.Days.cs</c> and <c>TrainingProgram.Schedule.cs</c>.
/// </summary>
public sealed partial class TrainingProgram : AggregateRoot<ProgramId>, IRootScoped, IAuditable
{
    private readonly List<ProgramBlock> _blocks = [];

    private TrainingProgram()
    {
    }

    public GoalId RootId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    /// <summary>A datetime (midnight for date inputs), unlike block and day dates.</summary>
    public DateTime StartDate { get; private set; }

    public DateTime EndDate { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? UpdatedAt { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Raw JSON array of the selected goal ids (§8.5).</summary>
    public string GoalIds { get; private set; } = GoalIdList.Empty;

    /// <summary>Raw JSON of the last submitted block drafts (§8.6), kept verbatim; the blocks are the real structure.</summary>
    public string WeeklySchedule { get; private set; } = "[]";

    /// <summary>Blocks in insertion order (the client sorts by date itself).</summary>
    public IReadOnlyList<ProgramBlock> Blocks => SiblingOrder.Of(_blocks);

    /// <summary>
    /// A new active program of a live fractal. Selected goals must be live goals of that fractal. Blocks
    /// come from <see cref="SyncBlocks"/>, which the caller runs with the drafts of <paramref name="weeklySchedule"/>.
    /// </summary>
    public static TrainingProgram Create(
        Goal fractalRoot, string? name, string? description, DateTime startDate, DateTime endDate,
        IReadOnlyCollection<Goal> goals, JsonText? weeklySchedule, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(fractalRoot);
        ArgumentNullException.ThrowIfNull(goals);
        if (!fractalRoot.IsFractalRoot)
            throw new DomainRuleViolationException(GoalRules.NotAFractalRoot, "Fractal not found");
        fractalRoot.EnsureLive();
        var validName = ValidName(name);
        var (start, end) = ValidRange(startDate, endDate);
        var goalIds = SelectedGoals(fractalRoot.Id, goals, _ => false);
        var at = Timestamp.Naive(now);
        return new TrainingProgram
        {
            Id = ProgramId.New(), RootId = fractalRoot.Id, Name = validName, Description = TextRules.Description(description),
            StartDate = start, EndDate = end, IsActive = true, GoalIds = goalIds,
            WeeklySchedule = weeklySchedule?.Raw ?? "[]", CreatedAt = at, UpdatedAt = at,
        };
    }

    public void Rename(string? name, DateTime now) => Change(Name, ValidName(name), v => Name = v, now);

    public void Describe(string? description, DateTime now) => Change(Description, TextRules.Description(description), v => Description = v, now);

    /// <summary>Both ends at once, so the order is checked on the result (the legacy server left it to the client).</summary>
    public void Reschedule(DateTime startDate, DateTime endDate, DateTime now)
    {
        var (start, end) = ValidRange(startDate, endDate);
        Change(StartDate, start, v => StartDate = v, now);
        Change(EndDate, end, v => EndDate = v, now);
    }

    public void SetActive(bool isActive, DateTime now) => Change(IsActive, isActive, v => IsActive = v, now);

    /// <summary>
    /// Replaces the selected goals wholesale (§8.5); each must be a goal of this fractal, live unless it is already
    /// selected: the client re-sends the current selection on every edit, and a goal deleted since must not make
    /// the program uneditable.
    /// </summary>
    public void SelectGoals(IReadOnlyCollection<Goal> goals, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var current = GoalIds;
        Change(GoalIds, SelectedGoals(RootId, goals, g => GoalIdList.Contains(current, g.Id)), v => GoalIds = v, now);
    }

    /// <summary>Stores the block drafts verbatim; any JSON is kept (a non-array is simply never synced).</summary>
    public void ReplaceWeeklySchedule(JsonText weeklySchedule, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(weeklySchedule);
        Change(WeeklySchedule, weeklySchedule.Raw, v => WeeklySchedule = v, now);
    }

    public ProgramBlock? FindBlock(ProgramBlockId blockId) => _blocks.Find(b => b.Id == blockId);

    public ProgramDay? FindDay(ProgramBlockId blockId, ProgramDayId dayId) => FindBlock(blockId)?.FindDay(dayId);

    /// <summary>
    /// Appends a live goal of this fractal to the block's <c>goal_ids</c>; attaching twice is a no-op. Setting the
    /// goal's deadline (#54) is the caller's call on the <see cref="Goal"/> itself.
    /// </summary>
    public ProgramBlock AttachGoal(ProgramBlockId blockId, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var block = RequireBlock(blockId);
        EnsureUsable(RootId, goal);
        block.AttachGoal(goal.Id);
        return block;
    }

    private ProgramBlock RequireBlock(ProgramBlockId blockId) =>
        FindBlock(blockId) ?? throw new DomainRuleViolationException(ProgramRules.BlockNotFound, "Block not found");

    private static string SelectedGoals(GoalId rootId, IReadOnlyCollection<Goal> goals, Func<Goal, bool> keptWhenDeleted)
    {
        foreach (var goal in goals) EnsureUsable(rootId, goal, keptWhenDeleted(goal));
        return GoalIdList.Write(goals.Select(g => g.Id));
    }

    private static void EnsureUsable(GoalId rootId, Goal goal, bool keptWhenDeleted = false)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (goal.RootId != rootId)
            throw new DomainRuleViolationException(ProgramRules.CrossFractal, "Goal not found");
        if (goal.IsDeleted && !keptWhenDeleted)
            throw new DomainRuleViolationException(ProgramRules.GoalDeleted, "Goal not found");
    }

    /// <summary>
    /// A template a scheduled session may point at: of this program's fractal, and live unless
    /// <paramref name="keptWhenDeleted"/> (the schedule already holds it and is merely being kept).
    /// </summary>
    private void EnsureUsable(SessionTemplate template, bool keptWhenDeleted = false)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (template.RootId != RootId)
            throw new DomainRuleViolationException(ProgramRules.CrossFractal, "Template not found");
        if (template.IsDeleted && !keptWhenDeleted)
            throw new DomainRuleViolationException(ProgramRules.TemplateDeleted, "Template not found");
    }

    private static string ValidName(string? name) => TextRules.Name(name, ProgramRules.NameRequired, "Program name is required");

    private static (DateTime Start, DateTime End) ValidRange(DateTime startDate, DateTime endDate)
    {
        var (start, end) = (Timestamp.Naive(startDate), Timestamp.Naive(endDate));
        if (start > end)
            throw new DomainRuleViolationException(ProgramRules.StartAfterEnd, "Start date must be on or before end date");
        return (start, end);
    }

    /// <summary>Applies a change and bumps <see cref="UpdatedAt"/> only when the value really differs (§7).</summary>
    private void Change<T>(T current, T next, Action<T> apply, DateTime now)
    {
        if (EqualityComparer<T>.Default.Equals(current, next)) return;
        apply(next);
        UpdatedAt = Timestamp.Naive(now);
    }
}
