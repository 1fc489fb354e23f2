using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Goals;

/// <summary>
/// A row of <c>practice_session_goals</c>: a practice session also counts toward this short-term goal of the
/// same fractal. Only a session creates one (<see cref="Goal.LinkToGoal"/>); it has no timestamps of its own
/// and is hidden with either end.
/// </summary>
public sealed class SessionGoalLink : IInsertionOrdered
{
    private SessionGoalLink()
    {
    }

    internal SessionGoalLink(GoalId practiceSessionId, GoalId shortTermGoalId) =>
        (PracticeSessionId, ShortTermGoalId) = (practiceSessionId, shortTermGoalId);

    public GoalId PracticeSessionId { get; private set; }

    public GoalId ShortTermGoalId { get; private set; }

    /// <summary>Order among siblings, assigned by the store on first save (see <see cref="IInsertionOrdered"/>).</summary>
    public long InsertionOrder { get; private set; }

    /// <summary>When this object was made, relative to its siblings; not stored.</summary>
    public long CreationTicket { get; } = CreationTickets.Next();
}
