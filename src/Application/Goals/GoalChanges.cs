using System.Text.Json;
using FractalGoals.Application.Common;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals;

/// <summary>
/// The fields of a goal update body as <see cref="Patch{T}"/>s (§1.10: absent ≠ null), read by the API; a wrong
/// type arrives as <see cref="Patch{T}.IsWrongType"/> for the validator's field message. <see cref="Targets"/> is
/// the JSON text sent (ADR 0015).
/// </summary>
public sealed record GoalChanges(Patch<string> Name, Patch<string> Description, Patch<string> Deadline, Patch<string> Targets)
{
    /// <summary>
    /// Applies the present fields. A null name is ignored (the contract's recommendation); a null description
    /// is ignored too when <paramref name="nullDescriptionIgnored"/> (legacy #15), else it clears the text.
    /// </summary>
    internal void ApplyTo(Goal goal, DateTime now, bool nullDescriptionIgnored)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (Name is { IsPresent: true, Value: { } name }) goal.Rename(name, now);
        if (Description.IsPresent && (Description.Value is not null || !nullDescriptionIgnored)) goal.Describe(Description.Value, now);
        if (Deadline.IsPresent) goal.SetDeadline(DeadlineText.Parse(Deadline.Value), now);
        if (Targets.IsPresent)
            goal.SetTargets(Targets.Value is not { } targets ? null : JsonText.Parse(targets, "Targets", JsonValueKind.Array, JsonValueKind.Null), now);
    }
}
