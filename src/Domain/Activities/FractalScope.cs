using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Activities;

/// <summary>
/// Groups and activities belong to a fractal as a whole, not to one of its goals: only a live fractal root
/// gives them their <c>root_id</c>, and only deleting (or restoring) the whole fractal hides (or reveals) them.
/// </summary>
internal static class FractalScope
{
    public static GoalId RootIdOf(Goal fractalRoot)
    {
        ArgumentNullException.ThrowIfNull(fractalRoot);
        if (!fractalRoot.IsFractalRoot)
            throw new DomainRuleViolationException(GoalRules.NotAFractalRoot, "Fractal not found");
        fractalRoot.EnsureLive();
        return fractalRoot.Id;
    }

    public static void EnsureHides(GoalDeletion deletion, IRootScoped row)
    {
        ArgumentNullException.ThrowIfNull(deletion);
        SoftDeleteStamp.EnsureSameFractal(row, deletion.RootId);
        if (!deletion.IsFractalDeletion)
            throw new DomainRuleViolationException(ActivityRules.NotAFractalDeletion, "Only deleting the fractal hides its activities and groups");
    }

    public static void EnsureReveals(GoalRestoration restoration, IRootScoped row)
    {
        ArgumentNullException.ThrowIfNull(restoration);
        SoftDeleteStamp.EnsureSameFractal(row, restoration.RootId);
        if (!restoration.IsFractalRestoration)
            throw new DomainRuleViolationException(ActivityRules.NotAFractalDeletion, "Only restoring the fractal reveals its activities and groups");
    }
}
