using FractalGoals.Domain.Goals;

namespace FractalGoals.Infrastructure.Accounts;

/// <summary>
/// Row of <c>fractal_owners</c> (ADR 0051): the account that owns a fractal, one row per owned root. A fractal
/// without a row is unowned (made in <c>Local</c> mode). Deleting the root or the account deletes the row.
/// </summary>
public sealed class FractalOwner
{
    public FractalOwner(GoalId rootId, string userId)
    {
        RootId = rootId;
        UserId = userId;
    }

    public GoalId RootId { get; private set; }

    public string UserId { get; private set; }
}
