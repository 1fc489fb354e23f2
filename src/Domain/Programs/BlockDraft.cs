using FractalGoals.Domain.Templates;

namespace FractalGoals.Domain.Programs;

/// <summary>
/// One element of a program's <c>weeklySchedule</c> (domain-rules §8.6), as the schedule sync reads it
/// (api-contract §4.11.1): the block to create or update, and per weekday the templates its dated days hold.
/// A missing <paramref name="Id"/> means a new block with a server id; the <c>daily</c> key is never read.
/// </summary>
public sealed record BlockDraft(
    ProgramBlockId? Id,
    string? Name,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Color,
    IReadOnlyDictionary<DayOfWeek, IReadOnlyList<SessionTemplateId>>? Weekdays = null)
{
    public IReadOnlyList<SessionTemplateId> TemplatesOn(DayOfWeek weekday) =>
        Weekdays is not null && Weekdays.TryGetValue(weekday, out var ids) && ids is not null ? ids : [];
}
