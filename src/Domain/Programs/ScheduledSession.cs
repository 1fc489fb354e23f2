using FractalGoals.Domain.Common;
using FractalGoals.Domain.Templates;

namespace FractalGoals.Domain.Programs;

/// <summary>
/// A row of <c>scheduled_sessions</c>: one planned session of a day, pointing at a template by id (the template
/// may be deleted later; the id then dangles and the read side shows no template name). Completion is reserved:
/// the API writes <c>false</c> and never touches <see cref="CompletionData"/> (domain-rules §3.13, §8.7).
/// </summary>
public sealed class ScheduledSession : Entity<ScheduledSessionId>, IInsertionOrdered
{
    private ScheduledSession()
    {
    }

    internal ScheduledSession(ProgramDayId dayId, SessionTemplateId? sessionTemplateId)
    {
        Id = ScheduledSessionId.New();
        (DayId, SessionTemplateId, IsCompleted) = (dayId, sessionTemplateId, false);
    }

    public ProgramDayId DayId { get; private set; }

    public SessionTemplateId? SessionTemplateId { get; private set; }

    /// <summary>Nullable because legacy rows may hold NULL; new rows are always false.</summary>
    public bool? IsCompleted { get; private set; }

    /// <summary>Raw JSON, never written by the API (emitted as <c>{}</c> when NULL).</summary>
    public string? CompletionData { get; private set; }

    /// <summary>Order among siblings, assigned by the store on first save (see <see cref="IInsertionOrdered"/>).</summary>
    public long InsertionOrder { get; private set; }

    /// <summary>When this object was made, relative to its siblings; not stored.</summary>
    public long CreationTicket { get; } = CreationTickets.Next();
}
