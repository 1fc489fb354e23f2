using System.Text.Json;
using FractalGoals.Application.Common.Responses;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.Application.ReadModels;

/// <summary>
/// The one renderer of ActivityInstance (§2.3) and MetricValue (§2.4), with the Q-22 additive keys, written straight
/// to a <see cref="Utf8JsonWriter"/> (ADR 0032, ADR 0040); a hydrated session's exercise (§2.2) is the same object
/// with five keys more. Stored <c>data</c> is copied as it is. The bytes are pinned by golden files.
/// </summary>
public static class InstanceJson
{
    public static ActivityInstanceNode Node(ActivityInstance instance, ActivityLookup activities) => Node(InstanceView.Of(instance), activities);

    public static ActivityInstanceNode Node(InstanceView instance, ActivityLookup activities)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(activities);
        return new ActivityInstanceNode(instance, activities);
    }

    public static WrittenList<ActivityInstanceNode> List(IEnumerable<ActivityInstance> instances, ActivityLookup activities)
    {
        ArgumentNullException.ThrowIfNull(instances);
        return new WrittenList<ActivityInstanceNode>(instances.Select(i => Node(i, activities)));
    }

    /// <summary>The instance object; <paramref name="asExercise"/> adds what a hydrated section's exercise carries.</summary>
    internal static void Write(InstanceView instance, ActivityLookup activities, Utf8JsonWriter writer, bool asExercise)
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
        if (storedObject) data!.RootElement.WriteTo(writer);   // data that is not an object is shown as {}
        else
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
        }
        writer.WritePropertyName("metric_values");
        WriteValues(instance, activities, writer);
        if (asExercise)
        {
            writer.WriteString("type", "activity");
            writer.WriteString("name", name);
            writer.WriteString("activity_id", instance.ActivityDefinitionId.Value);
            writer.WriteString("instance_id", instance.Id.Value);
            writer.WriteBoolean("has_sets", sets is { } s && s.GetArrayLength() > 0);
            writer.WritePropertyName("metrics");
            WriteValues(instance, activities, writer);
        }
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
