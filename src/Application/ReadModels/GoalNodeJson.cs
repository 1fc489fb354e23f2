using System.Text.Json.Nodes;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.ReadModels;

/// <summary>
/// GoalNode (§2.1) and SessionNode (§2.2) wire objects, children ordered by (sort_order, created_at) (§1.9),
/// session_data hydrated from the session's activity instances. Deleted rows are never passed in.
/// </summary>
public sealed partial class GoalNodeJson
{
    private readonly ILookup<GoalId, Goal> _children;
    private readonly ILookup<GoalId, InstanceView> _instancesBySession;
    private readonly ActivityLookup _activities;
    private readonly HashSet<GoalId> _liveGoals;

    /// <param name="goals">Every live goal of the fractal: the ones rendered, and the ones a session link may name
    /// (a link to a goal not in this set is treated as deleted and hidden).</param>
    /// <param name="instances">Live activity instances of the sessions among them.</param>
    public GoalNodeJson(IEnumerable<Goal> goals, IEnumerable<InstanceView> instances, ActivityLookup activities)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(instances);
        var list = goals.ToList();
        _liveGoals = list.Select(g => g.Id).ToHashSet();
        _children = list.Where(g => g.ParentId is not null)
            .OrderBy(g => g.SortOrder).ThenBy(g => g.CreatedAt).ThenBy(g => g.Id.Value, StringComparer.Ordinal)   // a total order: ties by id
            .ToLookup(g => g.ParentId!.Value);
        _instancesBySession = instances.ToLookup(i => i.PracticeSessionId);
        _activities = activities;
    }

    public JsonObject WithChildren(Goal goal) => Render(goal, withChildren: true);

    public JsonObject WithoutChildren(Goal goal) => Render(goal, withChildren: false);

    private JsonObject Render(Goal goal, bool withChildren)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var children = withChildren ? _children[goal.Id].Select(c => (JsonNode)Render(c, true)).ToArray() : [];
        return new JsonObject
        {
            ["id"] = goal.Id.Value,
            ["name"] = goal.Name,
            ["attributes"] = Attributes(goal),
            ["children"] = new JsonArray(children),
        };
    }

    private JsonObject Attributes(Goal goal)
    {
        var attributes = new JsonObject
        {
            ["id"] = goal.Id.Value,
            ["type"] = goal.Type.ToString(),
            ["description"] = goal.Description,
            ["deadline"] = WireFormat.DateTime(goal.Deadline),
            ["completed"] = goal.Completed,
            ["created_at"] = WireFormat.DateTime(goal.CreatedAt),
            ["updated_at"] = WireFormat.DateTime(goal.UpdatedAt),
            ["targets"] = WireFormat.Parse(goal.Targets, out var valid) is JsonArray targets && valid ? targets : new JsonArray(),
        };
        if (!goal.IsSession) return attributes;

        attributes["duration_minutes"] = goal.DurationMinutes;
        attributes["session_start"] = WireFormat.DateTime(goal.SessionStart);
        attributes["session_end"] = WireFormat.DateTime(goal.SessionEnd);
        attributes["total_duration_seconds"] = goal.TotalDurationSeconds;
        attributes["template_id"] = goal.TemplateId;
        // Links to deleted goals are hidden with them (domain-rules §6.2).
        attributes["parent_ids"] = new JsonArray([.. goal.ParentIds.Where(id => id == goal.ParentId || _liveGoals.Contains(id)).Select(id => (JsonNode)id.Value)]);
        var sessionData = WireFormat.Parse(goal.SessionJson, out var hasData);
        if (hasData) attributes["session_data"] = Hydrate(sessionData, goal.Id);   // absent key when none (§2.2)
        return attributes;
    }

    // §2.2: a section with an activity_ids key gets its exercises rebuilt from this session's instances, in that order.
    private JsonNode? Hydrate(JsonNode? sessionData, GoalId sessionId)
    {
        if (sessionData is not JsonObject { } root || root["sections"] is not JsonArray sections) return sessionData;
        var instances = _instancesBySession[sessionId].ToDictionary(i => i.Id.Value);
        foreach (var section in sections.OfType<JsonObject>())
        {
            if (!section.ContainsKey("activity_ids")) continue;
            var exercises = new JsonArray();
            foreach (var id in (section["activity_ids"] as JsonArray ?? []).Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null))
            {
                if (id is null || !instances.TryGetValue(id, out var instance)) continue;   // unknown ids are skipped
                var exercise = InstanceJson.Render(instance, _activities);
                exercise["type"] = "activity";
                exercise["name"] = _activities.ActivityName(instance.ActivityDefinitionId);
                exercise["activity_id"] = instance.ActivityDefinitionId.Value;
                exercise["instance_id"] = instance.Id.Value;
                exercise["has_sets"] = exercise["sets"] is JsonArray { Count: > 0 };
                exercise["metrics"] = exercise["metric_values"]!.DeepClone();
                exercises.Add(exercise);
            }
            section["exercises"] = exercises;
        }
        return root;
    }
}
