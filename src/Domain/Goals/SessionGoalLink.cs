namespace FractalGoals.Domain.Goals;

/// <summary>
/// A row of <c>practice_session_goals</c>: a practice session also counts toward this short-term goal of the
/// same fractal. Only a session creates one (<see cref="Goal.LinkToGoal"/>); it has no timestamps of its own
/// and is hidden with either end.
/// </summary>
public sealed class SessionGoalLink
{
    private SessionGoalLink()
    {
    }

    internal SessionGoalLink(GoalId practiceSessionId, GoalId shortTermGoalId) =>
        (PracticeSessionId, ShortTermGoalId) = (practiceSessionId, shortTermGoalId);

    public GoalId PracticeSessionId { get; private set; }

    public GoalId ShortTermGoalId { get; private set; }
}
