using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Programs;

/// <summary>The <c>goal_ids</c> columns (§8.5): a JSON array of goal id strings.</summary>
internal static class GoalIdList
{
    public const string Empty = "[]";

    /// <summary>The ids in the given order, each once.</summary>
    public static string Write(IEnumerable<GoalId> goalIds)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var id in goalIds.Distinct()) writer.WriteStringValue(id.Value);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The list with <paramref name="goalId"/> appended, or <paramref name="raw"/> unchanged when already listed.
    /// Text that is not a JSON array (NULL, or broken legacy data) counts as an empty list.
    /// </summary>
    public static string Append(string? raw, GoalId goalId)
    {
        if (Contains(raw, goalId)) return raw!;
        var list = Parse(raw);
        list.Add(JsonValue.Create(goalId.Value));
        return list.ToJsonString();
    }

    public static bool Contains(string? raw, GoalId goalId) =>
        Parse(raw).Any(n => n is JsonValue v && v.TryGetValue<string>(out var s) && s == goalId.Value);

    private static JsonArray Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return [];
        try
        {
            return JsonNode.Parse(raw) as JsonArray ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
