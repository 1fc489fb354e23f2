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
}
