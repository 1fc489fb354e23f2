using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals;

/// <summary>
/// The fields of a goal update body, each with whether its key was present at all (§1.10: absent ≠ null).
/// Values stay JSON nodes so the validator can reject wrong kinds with a 400 instead of a binding failure.
/// </summary>
public sealed record GoalChanges(
    bool HasName, JsonNode? Name,
    bool HasDescription, JsonNode? Description,
    bool HasDeadline, JsonNode? Deadline,
    bool HasTargets, JsonNode? Targets)
{
    public static GoalChanges From(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new GoalChanges(
            body.TryGetPropertyValue("name", out var name), name?.DeepClone(),
            body.TryGetPropertyValue("description", out var description), description?.DeepClone(),
            body.TryGetPropertyValue("deadline", out var deadline), deadline?.DeepClone(),
            body.TryGetPropertyValue("targets", out var targets), targets?.DeepClone());
    }

    /// <summary>
    /// Applies the present fields. A null name is ignored (the contract's recommendation); a null description
    /// is ignored too when <paramref name="nullDescriptionIgnored"/> (legacy #15), else it clears the text.
    /// </summary>
    internal void ApplyTo(Goal goal, DateTime now, bool nullDescriptionIgnored)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (HasName && Name is not null) goal.Rename(Text(Name), now);
        if (HasDescription && (Description is not null || !nullDescriptionIgnored)) goal.Describe(Text(Description), now);
        if (HasDeadline) goal.SetDeadline(DeadlineText.Parse(Deadline), now);
        if (HasTargets)
            goal.SetTargets(Targets is null ? null : JsonText.Parse(Targets.ToJsonString(), "Targets", JsonValueKind.Array, JsonValueKind.Null), now);
    }

    internal static bool IsTextOrNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.String;

    internal static bool IsArrayOrNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Array;

    private static string? Text(JsonNode? node) => node?.GetValue<string>();
}
