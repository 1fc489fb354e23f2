using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Goals;

/// <summary>
/// The one way a dependant row follows its owner's delete or restore (domain-rules §6.2): it takes the owner's
/// instant, and on restore comes back only if it carries that same instant. Used by every soft-deletable entity
/// outside the goal tree, so the rule is written once.
/// </summary>
public static class SoftDeleteStamp
{
    /// <summary>The stamp to keep after hiding a row with <paramref name="at"/>: an earlier own delete is kept.</summary>
    public static DateTime Hide(DateTime? current, DateTime at) => current ?? at;

    /// <summary>The stamp after a restore of <paramref name="stamp"/>: cleared only if the row was deleted by that same delete.</summary>
    public static DateTime? Reveal(DateTime? current, DateTime stamp) => current == stamp ? null : current;

    public static void EnsureSameFractal(IRootScoped row, GoalId rootId)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.RootId != rootId)
            throw new DomainRuleViolationException(GoalRules.CrossFractal, "A row of one fractal cannot follow a delete in another");
    }
}
