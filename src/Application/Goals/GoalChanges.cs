using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Application.Common;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals;

/// <summary>
/// The fields of a goal update body as <see cref="Patch{T}"/>s (§1.10: absent ≠ null). Values stay JSON nodes so
/// the validator can reject wrong kinds with a 400 instead of a binding failure.
/// </summary>
public sealed record GoalChanges(Patch<JsonNode> Name, Patch<JsonNode> Description, Patch<JsonNode> Deadline, Patch<JsonNode> Targets)
{
    public static GoalChanges From(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new GoalChanges(Field(body, "name"), Field(body, "description"), Field(body, "deadline"), Field(body, "targets"));
    }

    private static Patch<JsonNode> Field(JsonObject body, string key) =>
        body.TryGetPropertyValue(key, out var node) ? Patch<JsonNode>.Of(node?.DeepClone()) : Patch<JsonNode>.Absent;

    /// <summary>
    /// Applies the present fields. A null name is ignored (the contract's recommendation); a null description
    /// is ignored too when <paramref name="nullDescriptionIgnored"/> (legacy #15), else it clears the text.
    /// </summary>
    internal void ApplyTo(Goal goal, DateTime now, bool nullDescriptionIgnored)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (Name is { IsPresent: true, Value: { } name }) goal.Rename(Text(name), now);
        if (Description.IsPresent && (Description.Value is not null || !nullDescriptionIgnored)) goal.Describe(Text(Description.Value), now);
        if (Deadline.IsPresent) goal.SetDeadline(DeadlineText.Parse(Deadline.Value), now);
        if (Targets.IsPresent)
            goal.SetTargets(Targets.Value is not { } targets ? null : JsonText.Parse(targets.ToJsonString(), "Targets", JsonValueKind.Array, JsonValueKind.Null), now);
    }

    internal static bool IsTextOrNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.String;

    internal static bool IsArrayOrNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Array;

    private static string? Text(JsonNode? node) => node?.GetValue<string>();
}
