using System.Text.Json.Nodes;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.UnitTests.ReadModels;

/// <summary>GoalNode / SessionNode as written (api-contract §2.1, §2.2) with the session_data hydration rules and Q-22 keys.</summary>
public sealed class GoalNodeJsonTests
{
    private static readonly DateTime Now = new(2026, 1, 2, 9, 0, 0);

    private readonly Goal _root = Goal.CreateFractal("Guitar", null, GoalType.UltimateGoal, Now);
    private readonly Goal _shortTerm;
    private readonly ActivityDefinition _scales;

    public GoalNodeJsonTests()
    {
        var longTerm = _root.AddChild("Long", null, GoalType.LongTermGoal, null, Now);
        var midTerm = longTerm.AddChild("Mid", null, GoalType.MidTermGoal, null, Now);
        _shortTerm = midTerm.AddChild("Short", null, GoalType.ShortTermGoal, null, Now);
        Goals = [_root, longTerm, midTerm, _shortTerm];
        _scales = ActivityDefinition.Create(_root, new ActivityDetails("Scales", Metrics: [new MetricDraft("Tempo", "bpm")]), group: null, Now);
    }

    private List<Goal> Goals { get; }

    [Fact]
    public void A_goal_node_has_the_contracts_eight_attributes_then_its_parent_and_root_and_its_children()
    {
        var node = new GoalNodeJson(Goals, [], ActivityLookup.Empty).Node(_root).ToJson();

        Assert.Equal(["id", "type", "description", "deadline", "completed", "created_at", "updated_at", "targets", "parent_id", "root_id"], node["attributes"]!.AsObject().Select(p => p.Key));
        Assert.Equal("2026-01-02T09:00:00", (string?)node["attributes"]!["created_at"]);
        Assert.Equal((null, _root.Id.Value), ((string?)node["attributes"]!["parent_id"], (string?)node["attributes"]!["root_id"]));
        var child = node["children"]!.AsArray().Single()!;
        Assert.Equal((_root.Id.Value, _root.Id.Value), ((string?)child["attributes"]!["parent_id"], (string?)child["attributes"]!["root_id"]));
        Assert.Equal(["id", "name", "attributes", "children"], node.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void A_session_node_repeats_its_times_and_template_at_its_top()
    {
        var node = new GoalNodeJson(Goals, [], ActivityLookup.Empty).Node(Session(null)).ToJson().AsObject();

        string[] repeated = ["session_start", "session_end", "total_duration_seconds", "template_id"];
        Assert.Equal(["id", "name", .. repeated, "attributes", "children"], node.Select(p => p.Key));
        foreach (var key in repeated) Assert.Equal(node["attributes"]![key]?.ToJsonString(), node[key]?.ToJsonString());
    }

    [Fact]
    public void Described_at_top_a_node_carries_its_description_after_its_name()
    {
        var node = new GoalNodeJson(Goals, [], ActivityLookup.Empty).Node(_root, describedAtTop: true).ToJson().AsObject();

        Assert.Equal(["id", "name", "description", "attributes", "children"], node.Select(p => p.Key));
        Assert.Equal((string?)node["attributes"]!["description"], (string?)node["description"]);
        Assert.DoesNotContain("description", node["children"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Without_children_the_key_is_present_and_empty()
    {
        var node = new GoalNodeJson(Goals, [], ActivityLookup.Empty).Node(_root, withChildren: false).ToJson();

        Assert.Empty(node["children"]!.AsArray());
    }

    [Fact]
    public void Session_data_key_is_absent_when_the_session_has_none()
    {
        var session = Session(null);

        var attributes = Render(session, []);

        Assert.False(attributes.ContainsKey("session_data"));
        Assert.Equal([_shortTerm.Id.Value], attributes["parent_ids"]!.AsArray().Select(n => (string)n!));
        foreach (var key in new[] { "duration_minutes", "session_start", "session_end", "total_duration_seconds", "template_id" })
            Assert.True(attributes.ContainsKey(key), key);
    }

    [Fact]
    public void Session_data_key_is_absent_when_the_stored_text_is_not_json()
    {
        var session = Session("""{"sections": []}""");
        typeof(Goal).GetProperty(nameof(Goal.Attributes))!.SetValue(session, "{not json");   // legacy rows may hold anything

        Assert.False(Render(session, []).ContainsKey("session_data"));
    }

    [Fact]
    public void Activity_ids_are_hydrated_in_their_order_and_unknown_ids_are_skipped()
    {
        var session = Session("""{"sections": [{"name": "Warm Up", "activity_ids": ["b", "missing", "a"], "exercises": ["stale"]}]}""");
        var a = Instance("a", session);
        var b = Instance("b", session);

        var exercises = Render(session, [a, b])["session_data"]!["sections"]![0]!["exercises"]!.AsArray();

        Assert.Equal(["b", "a"], exercises.Select(e => (string)e!["id"]!));
    }

    [Fact]
    public void A_hydrated_exercise_carries_the_five_extra_keys_and_instance_id()
    {
        var session = Session("""{"sections": [{"activity_ids": ["a"]}]}""");
        var instance = Instance("a", session);
        instance.ReplaceSets(JsonText.Parse("""[{"reps": "15"}]""", "sets"), Now);
        instance.RecordValue(_scales.SlotFor(_scales.Metrics[0].Id, null), 120, Now);

        var exercise = Render(session, [instance])["session_data"]!["sections"]![0]!["exercises"]![0]!;

        Assert.Equal("activity", (string?)exercise["type"]);
        Assert.Equal("Scales", (string?)exercise["name"]);
        Assert.Equal(_scales.Id.Value, (string?)exercise["activity_id"]);
        Assert.Equal("a", (string?)exercise["instance_id"]);
        Assert.True((bool)exercise["has_sets"]!);
        Assert.Equal(exercise["metric_values"]!.ToJsonString(), exercise["metrics"]!.ToJsonString());
        var value = exercise["metric_values"]![0]!;
        Assert.Equal(_scales.Metrics[0].Id.Value, (string?)value["metric_id"]);
        Assert.Equal((string?)value["metric_definition_id"], (string?)value["metric_id"]);
    }

    [Fact]
    public void Has_sets_is_false_for_an_instance_without_sets()
    {
        var session = Session("""{"sections": [{"activity_ids": ["a"]}]}""");

        var exercise = Render(session, [Instance("a", session)])["session_data"]!["sections"]![0]!["exercises"]![0]!;

        Assert.False((bool)exercise["has_sets"]!);
    }

    [Fact]
    public void An_empty_activity_ids_list_empties_the_exercises()
    {
        var session = Session("""{"sections": [{"activity_ids": [], "exercises": [{"legacy": true}]}]}""");

        Assert.Empty(Render(session, [])["session_data"]!["sections"]![0]!["exercises"]!.AsArray());
    }

    [Fact]
    public void Sections_without_activity_ids_and_other_keys_are_returned_unchanged()
    {
        const string stored = """{"template_name": "Standard", "session_end": "2026-01-01T20:56:44.541Z", "sections": [{"name": "Legacy", "exercises": [{"name": "Inline", "value": "15"}]}]}""";
        var session = Session(stored);

        var data = Render(session, [Instance("x", session)])["session_data"]!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(stored), data));
    }

    [Fact]
    public void Instances_of_another_session_are_not_hydrated()
    {
        var session = Session("""{"sections": [{"activity_ids": ["a"]}]}""");
        var other = Session(null);

        Assert.Empty(Render(session, [Instance("a", other)])["session_data"]!["sections"]![0]!["exercises"]!.AsArray());
    }

    [Fact]
    public void Session_data_that_is_not_an_object_with_sections_is_returned_as_stored()
    {
        var session = Session("""[1, "two"]""");

        Assert.Equal("""[1,"two"]""", Render(session, [])["session_data"]!.ToJsonString());
    }

    [Fact]
    public void A_link_to_a_goal_that_is_not_live_is_hidden_from_parent_ids()
    {
        var session = Session(null);
        var otherShortTerm = Goals[2].AddChild("Other", null, GoalType.ShortTermGoal, null, Now);
        session.LinkToGoal(otherShortTerm);

        Assert.Equal([_shortTerm.Id.Value], Render(session, [])["parent_ids"]!.AsArray().Select(n => (string)n!));
        var withLink = new GoalNodeJson([.. Goals, otherShortTerm, session], [], ActivityLookup.Empty).Node(session, withChildren: false).ToJson()["attributes"]!;
        Assert.Equal([otherShortTerm.Id.Value, _shortTerm.Id.Value], withLink["parent_ids"]!.AsArray().Select(n => (string)n!));
    }

    private Goal Session(string? sessionData) =>
        _shortTerm.AddSession(new SessionDetails("Session", SessionData: sessionData is null ? null : JsonText.Parse(sessionData, "session_data")), Now);

    private ActivityInstance Instance(string id, Goal session) => ActivityInstance.Create(new ActivityInstanceId(id), session, _scales, Now);

    private JsonObject Render(Goal session, IEnumerable<ActivityInstance> instances) =>
        new GoalNodeJson([.. Goals, session], instances.Select(InstanceView.Of), new ActivityLookup([_scales])).Node(session, withChildren: false).ToJson()["attributes"]!.AsObject();
}
