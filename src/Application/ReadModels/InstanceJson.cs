using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.Application.ReadModels;

/// <summary>ActivityInstance (§2.3) and MetricValue (§2.4) wire objects, with the Q-22 additive keys.</summary>
public static class InstanceJson
{
    public static JsonObject Render(ActivityInstance instance, ActivityLookup activities) => Render(InstanceView.Of(instance), activities);

    public static JsonObject Render(InstanceView instance, ActivityLookup activities)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(activities);
        var data = WireFormat.ParseOr(instance.Data, () => new JsonObject()) as JsonObject ?? [];
        var sets = data["sets"] is JsonArray stored ? stored.DeepClone() : new JsonArray();
        return new JsonObject
        {
            ["id"] = instance.Id.Value,
            ["practice_session_id"] = instance.PracticeSessionId.Value,
            ["activity_definition_id"] = instance.ActivityDefinitionId.Value,
            ["definition_name"] = activities.ActivityName(instance.ActivityDefinitionId),
            ["created_at"] = WireFormat.DateTime(instance.CreatedAt),
            ["time_start"] = WireFormat.DateTime(instance.TimeStart),
            ["time_stop"] = WireFormat.DateTime(instance.TimeStop),
            ["duration_seconds"] = instance.DurationSeconds,
            ["completed"] = instance.Completed,
            ["notes"] = instance.Notes,
            ["sets"] = sets,
            ["data"] = data,
            ["metric_values"] = new JsonArray([.. instance.MetricValues.Select(v => (JsonNode)Value(v, activities))]),
        };
    }

    public static JsonObject Value(MetricValueView value, ActivityLookup activities)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(activities);
        var metric = activities.Metric(value.MetricDefinitionId);
        var split = activities.Split(value.SplitDefinitionId);
        return new JsonObject
        {
            ["id"] = value.Id.Value,
            ["name"] = metric?.Name ?? "",
            ["metric_definition_id"] = value.MetricDefinitionId.Value,
            ["metric_id"] = value.MetricDefinitionId.Value,
            ["value"] = value.Value,
            ["unit"] = metric?.Unit ?? "",
            ["split_id"] = value.SplitDefinitionId?.Value,
            ["split_name"] = split?.Name,
        };
    }

    /// <summary>
    /// An exercise of a hydrated session (§2.2) written straight to <paramref name="writer"/> (ADR 0032): the keys of
    /// <see cref="Render(InstanceView, ActivityLookup)"/>, then what GoalNodeJson's Hydrate adds, in that order.
    /// </summary>
    internal static void WriteExercise(InstanceView instance, ActivityLookup activities, Utf8JsonWriter writer)
    {
        var name = activities.ActivityName(instance.ActivityDefinitionId);
        using var data = StoredJson.Parse(instance.Data);
        var storedObject = data?.RootElement.ValueKind == JsonValueKind.Object;
        var sets = storedObject && data!.RootElement.TryGetProperty("sets", out var stored) && stored.ValueKind == JsonValueKind.Array ? stored : (JsonElement?)null;

        writer.WriteStartObject();
        writer.WriteString("id", instance.Id.Value);
        writer.WriteString("practice_session_id", instance.PracticeSessionId.Value);
        writer.WriteString("activity_definition_id", instance.ActivityDefinitionId.Value);
        writer.WriteString("definition_name", name);
        writer.WriteString("created_at", WireFormat.DateTimeText(instance.CreatedAt));
        writer.WriteString("time_start", WireFormat.DateTimeText(instance.TimeStart));
        writer.WriteString("time_stop", WireFormat.DateTimeText(instance.TimeStop));
        if (instance.DurationSeconds is { } seconds) writer.WriteNumber("duration_seconds", seconds);
        else writer.WriteNull("duration_seconds");
        writer.WriteBoolean("completed", instance.Completed);
        writer.WriteString("notes", instance.Notes);
        writer.WritePropertyName("sets");
        WriteArrayOrEmpty(sets, writer);
        writer.WritePropertyName("data");
        if (storedObject) data!.RootElement.WriteTo(writer);
        else
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }
        writer.WritePropertyName("metric_values");
        WriteValues(instance, activities, writer);
        writer.WriteString("type", "activity");
        writer.WriteString("name", name);
        writer.WriteString("activity_id", instance.ActivityDefinitionId.Value);
        writer.WriteString("instance_id", instance.Id.Value);
        writer.WriteBoolean("has_sets", sets is { } s && s.GetArrayLength() > 0);
        writer.WritePropertyName("metrics");
        WriteValues(instance, activities, writer);
        writer.WriteEndObject();
    }

    private static void WriteArrayOrEmpty(JsonElement? array, Utf8JsonWriter writer)
    {
        if (array is { } stored)
        {
            stored.WriteTo(writer);
            return;
        }
        writer.WriteStartArray();
        writer.WriteEndArray();
    }

    private static void WriteValues(InstanceView instance, ActivityLookup activities, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var value in instance.MetricValues)
        {
            var metric = activities.Metric(value.MetricDefinitionId);
            var split = activities.Split(value.SplitDefinitionId);
            writer.WriteStartObject();
            writer.WriteString("id", value.Id.Value);
            writer.WriteString("name", metric?.Name ?? "");
            writer.WriteString("metric_definition_id", value.MetricDefinitionId.Value);
            writer.WriteString("metric_id", value.MetricDefinitionId.Value);
            writer.WriteNumber("value", value.Value);
            writer.WriteString("unit", metric?.Unit ?? "");
            writer.WriteString("split_id", value.SplitDefinitionId?.Value);
            writer.WriteString("split_name", split?.Name);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
