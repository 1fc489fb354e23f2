using System.Text;
using System.Text.Json;
using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Goals;

/// <summary>
/// One target of a goal (domain-rules §8.1), posted on its own (ADR 0050): the exact text sent (ADR 0015), with the
/// keys the server checks read out of it. Unknown keys stay in <see cref="Raw"/> byte for byte; a target sent without
/// an id (or with a null one) gets a new UUID, written into the text where the id was (or first), nothing else moved.
/// </summary>
public sealed class GoalTarget
{
    private GoalTarget(string id, string activityId, IReadOnlyList<string> metricIds, string raw) =>
        (Id, ActivityId, MetricIds, Raw) = (id, activityId, metricIds, raw);

    public string Id { get; }

    public string ActivityId { get; }

    /// <summary>The <c>metric_id</c> of each entry of <c>metrics</c>, in order (none when the key is absent or null).</summary>
    public IReadOnlyList<string> MetricIds { get; }

    /// <summary>The JSON object as it will be stored.</summary>
    public string Raw { get; }

    /// <summary>
    /// Checks the shape: a JSON object; <c>id</c> absent, null or id text; <c>activity_id</c> id text; <c>name</c> absent,
    /// null or a string; <c>metrics</c> absent, null or an array of objects each with a <c>metric_id</c> (id text) and a
    /// numeric <c>value</c>. Whether the activity and its metrics exist is the activity's to say
    /// (<c>ActivityDefinition.EnsureMeasures</c>).
    /// </summary>
    public static GoalTarget Parse(string? raw)
    {
        var text = JsonText.Parse(raw, "Target", JsonValueKind.Object);
        using var document = JsonDocument.Parse(text.Raw);
        var root = document.RootElement;

        string? id = null;
        if (root.TryGetProperty("id", out var sentId) && sentId.ValueKind != JsonValueKind.Null)
            id = sentId.ValueKind == JsonValueKind.String && EntityIdText.IsValid(sentId.GetString())
                ? sentId.GetString()
                : throw Invalid($"Target id must be 1-{EntityIdText.MaxLength} characters of text without surrounding spaces");

        if (!root.TryGetProperty("activity_id", out var activity) || activity.ValueKind is JsonValueKind.Null)
            throw Invalid("Target activity_id is required");
        if (activity.ValueKind != JsonValueKind.String || !EntityIdText.IsValid(activity.GetString()))
            throw Invalid("Target activity_id must be an activity id");

        if (root.TryGetProperty("name", out var name) && name.ValueKind is not (JsonValueKind.Null or JsonValueKind.String))
            throw Invalid("Target name must be a string");

        var metricIds = new List<string>();
        if (root.TryGetProperty("metrics", out var metrics) && metrics.ValueKind != JsonValueKind.Null)
        {
            if (metrics.ValueKind != JsonValueKind.Array) throw Invalid("Target metrics must be an array");
            foreach (var metric in metrics.EnumerateArray())
            {
                if (metric.ValueKind != JsonValueKind.Object
                    || !metric.TryGetProperty("metric_id", out var metricId) || metricId.ValueKind != JsonValueKind.String || !EntityIdText.IsValid(metricId.GetString())
                    || !metric.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Number)
                    throw Invalid("Each target metric must be an object with a metric_id and a numeric value");
                metricIds.Add(metricId.GetString()!);
            }
        }

        if (id is not null) return new GoalTarget(id, activity.GetString()!, metricIds, text.Raw);
        var made = EntityIdText.NewUuid();
        return new GoalTarget(made, activity.GetString()!, metricIds, WithId(text.Raw, made));
    }

    /// <summary>The one place the server writes into a posted target: a null id's <c>null</c> becomes the new id, or the
    /// id goes first in the object. Positions come from the reader, so everything else is the sent bytes.</summary>
    private static string WithId(string raw, string newId)
    {
        var idText = $"\"{JsonEncodedText.Encode(newId)}\"";
        var bytes = Encoding.UTF8.GetBytes(raw);
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        var afterBrace = (int)reader.TokenStartIndex + 1;
        var empty = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            empty = false;
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId)   // present, so null (Parse kept any other value)
                return Splice(bytes, (int)reader.TokenStartIndex, "null".Length, idText);
            reader.Skip();
        }
        return Splice(bytes, afterBrace, 0, "\"id\":" + idText + (empty ? "" : ","));
    }

    private static string Splice(byte[] bytes, int at, int removed, string inserted) =>
        Encoding.UTF8.GetString(bytes, 0, at) + inserted + Encoding.UTF8.GetString(bytes, at + removed, bytes.Length - at - removed);

    private static DomainRuleViolationException Invalid(string message) => new(GoalRules.TargetInvalid, message);
}
