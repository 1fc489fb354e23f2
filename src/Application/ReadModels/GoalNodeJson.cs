using System.Text.Json;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.ReadModels;

/// <summary>
/// The one renderer of GoalNode (§2.1) and SessionNode (§2.2): written straight to a <see cref="Utf8JsonWriter"/>
/// (ADR 0032, ADR 0040), children ordered by (sort_order, created_at) (§1.9), session_data hydrated from the
/// session's activity instances, stored JSON read with pooled documents and copied as it is. Deleted rows are never
/// passed in. The bytes are pinned by golden files (GoalNodeWireShapeTests).
/// </summary>
public sealed class GoalNodeJson
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

    /// <summary>
    /// <paramref name="goal"/> as a response: with its subtree, or with an empty <c>children</c>; with
    /// <paramref name="describedAtTop"/> also a top-level <c>description</c> (#3's answer kept its three keys, ADR 0048).
    /// </summary>
    public GoalNode Node(Goal goal, bool withChildren = true, bool describedAtTop = false)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return new GoalNode(this, goal, withChildren, describedAtTop);
    }

    /// <summary>Writes <paramref name="goal"/> (with its subtree), yielding after each goal so the caller may flush.</summary>
    public IEnumerable<bool> Write(Goal goal, Utf8JsonWriter writer, bool withChildren = true, bool describedAtTop = false)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(writer);
        return WriteSteps(goal, writer, withChildren, describedAtTop);
    }

    private IEnumerable<bool> WriteSteps(Goal goal, Utf8JsonWriter writer, bool withChildren, bool describedAtTop = false)
    {
        writer.WriteStartObject();
        writer.WriteString("id", goal.Id.Value);
        writer.WriteString("name", goal.Name);
        if (describedAtTop) writer.WriteString("description", goal.Description);
        if (goal.IsSession) WriteSessionTimes(goal, writer);   // also at the top: what a client of a session reads first (ADR 0048)
        writer.WritePropertyName("attributes");
        WriteAttributes(goal, writer);
        writer.WritePropertyName("children");
        writer.WriteStartArray();
        if (withChildren)
        {
            foreach (var child in _children[goal.Id])
            {
                foreach (var step in WriteSteps(child, writer, true)) yield return step;
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        yield return true;
    }

    private void WriteAttributes(Goal goal, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", goal.Id.Value);
        writer.WriteString("type", goal.Type.ToString());
        writer.WriteString("description", goal.Description);
        writer.WriteString("deadline", WireFormat.DateTimeText(goal.Deadline));
        writer.WriteBoolean("completed", goal.Completed);
        writer.WriteString("created_at", WireFormat.DateTimeText(goal.CreatedAt));
        writer.WriteString("updated_at", WireFormat.DateTimeText(goal.UpdatedAt));
        writer.WritePropertyName("targets");
        using (var targets = StoredJson.Parse(goal.Targets))
        {
            if (targets?.RootElement.ValueKind == JsonValueKind.Array) targets.RootElement.WriteTo(writer);
            else EmptyArray(writer);
        }
        writer.WriteString("parent_id", goal.ParentId?.Value);
        writer.WriteString("root_id", goal.RootId.Value);
        if (goal.IsSession) WriteSessionAttributes(goal, writer);
        writer.WriteEndObject();
    }

    private void WriteSessionAttributes(Goal goal, Utf8JsonWriter writer)
    {
        WriteNumber(writer, "duration_minutes", goal.DurationMinutes);
        WriteSessionTimes(goal, writer);
        writer.WriteStartArray("parent_ids");   // links to deleted goals are hidden with them (domain-rules §6.2)
        foreach (var id in goal.ParentIds.Where(id => id == goal.ParentId || _liveGoals.Contains(id))) writer.WriteStringValue(id.Value);
        writer.WriteEndArray();
        using var sessionData = StoredJson.Parse(goal.SessionJson);
        if (sessionData is null) return;   // absent key when none (§2.2)
        writer.WritePropertyName("session_data");
        WriteHydrated(sessionData.RootElement, goal.Id, writer);
    }

    // In §2.2's order, which the attributes keep; a session node repeats them at its top.
    private static void WriteSessionTimes(Goal goal, Utf8JsonWriter writer)
    {
        writer.WriteString("session_start", WireFormat.DateTimeText(goal.SessionStart));
        writer.WriteString("session_end", WireFormat.DateTimeText(goal.SessionEnd));
        WriteNumber(writer, "total_duration_seconds", goal.TotalDurationSeconds);
        writer.WriteString("template_id", goal.TemplateId);
    }

    // §2.2: the "sections" array of an object gets, in each section object with an activity_ids key, an "exercises"
    // array (in place of one already there, else last) rebuilt from this session's instances in that order.
    private void WriteHydrated(JsonElement sessionData, GoalId sessionId, Utf8JsonWriter writer)
    {
        if (sessionData.ValueKind != JsonValueKind.Object || !sessionData.TryGetProperty("sections", out var sections) || sections.ValueKind != JsonValueKind.Array)
        {
            sessionData.WriteTo(writer);
            return;
        }
        Dictionary<string, InstanceView>? instances = null;
        writer.WriteStartObject();
        foreach (var property in sessionData.EnumerateObject())
        {
            writer.WritePropertyName(property.Name);
            if (property.Name != "sections")
            {
                property.Value.WriteTo(writer);
                continue;
            }
            writer.WriteStartArray();
            foreach (var section in property.Value.EnumerateArray())
            {
                if (section.ValueKind != JsonValueKind.Object || !section.TryGetProperty("activity_ids", out var ids))
                {
                    section.WriteTo(writer);
                    continue;
                }
                instances ??= _instancesBySession[sessionId].ToDictionary(i => i.Id.Value);
                WriteSection(section, ids, instances, writer);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private void WriteSection(JsonElement section, JsonElement ids, Dictionary<string, InstanceView> instances, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        var exercisesWritten = false;
        foreach (var property in section.EnumerateObject())
        {
            writer.WritePropertyName(property.Name);
            if (property.Name == "exercises")
            {
                WriteExercises(ids, instances, writer);
                exercisesWritten = true;
            }
            else
            {
                property.Value.WriteTo(writer);
            }
        }
        if (!exercisesWritten)
        {
            writer.WritePropertyName("exercises");
            WriteExercises(ids, instances, writer);
        }
        writer.WriteEndObject();
    }

    private void WriteExercises(JsonElement ids, Dictionary<string, InstanceView> instances, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        if (ids.ValueKind == JsonValueKind.Array)
        {
            foreach (var id in ids.EnumerateArray())
            {
                if (id.ValueKind != JsonValueKind.String || !instances.TryGetValue(id.GetString()!, out var instance)) continue;   // unknown ids are skipped
                InstanceJson.Write(instance, _activities, writer, asExercise: true);
            }
        }
        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    private static void EmptyArray(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        writer.WriteEndArray();
    }
}
