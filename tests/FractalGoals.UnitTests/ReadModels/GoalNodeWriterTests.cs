using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.UnitTests.ReadModels;

/// <summary>
/// The direct writer (ADR 0032) and the node renderer give the same bytes for a fractal holding every shape the
/// stored JSON can take: legacy text that is not JSON, non-object session data, sections with and without
/// activity_ids, stale exercises, non-string ids, instance data with and without sets, values of unknown metrics.
/// </summary>
public sealed class GoalNodeWriterTests
{
    private static readonly DateTime Now = new DateTime(2026, 1, 2, 9, 0, 0, 123).AddTicks(4567);
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Goal _root = Goal.CreateFractal("Guitar \"Ünïcödé\" <b> 😀", "desc\nline", GoalType.UltimateGoal, Now);
    private readonly List<Goal> _goals;
    private readonly List<InstanceView> _instances = [];
    private readonly ActivityDefinition _scales;
    private readonly GoalNodeJson _nodes;

    public GoalNodeWriterTests()
    {
        var longTerm = _root.AddChild("Long", null, GoalType.LongTermGoal, null, Now);
        var midTerm = longTerm.AddChild("Mid", "", GoalType.MidTermGoal, null, Now);
        var shortTerm = midTerm.AddChild("Short", null, GoalType.ShortTermGoal, null, Now.AddSeconds(1));
        var otherShort = midTerm.AddChild("Other short", null, GoalType.ShortTermGoal, null, Now);
        var hiddenShort = midTerm.AddChild("Deleted short", null, GoalType.ShortTermGoal, null, Now);
        shortTerm.SetDeadline(new DateOnly(2026, 3, 4), Now);
        shortTerm.SetTargets(JsonText.Parse("""[{"id":"t1","name":"Tempo \u00e9 \"q\"","value":1.50e2,"nested":{"a":[null,true]}}]""", "targets"), Now);
        SetStored(otherShort, nameof(Goal.Targets), "{not json");
        SetStored(midTerm, nameof(Goal.Targets), """{"an":"object, not a list"}""");
        _scales = ActivityDefinition.Create(_root, new ActivityDetails("Scales <é>", HasSplits: true, Metrics: [new MetricDraft("Tempo", "bpm"), new MetricDraft("Reps", "x")], Splits: [new SplitDraft("Left"), new SplitDraft("Right")]), group: null, Now);
        _goals = [_root, longTerm, midTerm, shortTerm, otherShort];

        string?[] sessionData =
        [
            null,
            """{"sections":[{"name":"Warm Up","activity_ids":["b","missing",7,null,"a"],"exercises":["stale"],"after":1},{"name":"Legacy","exercises":[{"name":"Inline"}]},"not an object",{"activity_ids":"not a list"},{"activity_ids":[]}],"template_name":"Std \u2013 \"x\"","total":1.0e3}""",
            """{"sections":{"not":"a list"}}""",
            """[1,"two",{"three":3}]""",
            "null",
            "\"a string\"",
            """{"no_sections":true,"deep":{"a":[{"b":[1,2,{"c":"\ud83d\ude00"}]}]}}""",
            """{"sections":[{"activity_ids":["c"]}],"sections_after":[]}""",
        ];
        foreach (var (data, i) in sessionData.Select((d, i) => (d, i)))
        {
            var session = (i % 2 == 0 ? shortTerm : otherShort).AddSession(
                new SessionDetails($"Session {i}", DurationMinutes: i == 3 ? null : 30 + i, SessionData: data is null ? null : JsonText.Parse(data, "session_data")), Now.AddMinutes(i));
            if (i == 1) session.LinkToGoal(otherShort);
            if (i == 2) session.LinkToGoal(hiddenShort);   // not live: hidden from parent_ids
            _goals.Add(session);
            AddInstances(session);
        }
        var legacy = shortTerm.AddSession(new SessionDetails("Legacy text"), Now);
        SetStored(legacy, nameof(Goal.Attributes), "{not json");
        _goals.Add(legacy);
        _nodes = new GoalNodeJson(_goals, _instances, new ActivityLookup([_scales]));
    }

    [Fact]
    public void The_whole_tree_written_directly_is_byte_for_byte_the_rendered_tree()
    {
        var expected = JsonSerializer.SerializeToUtf8Bytes<JsonNode>(_nodes.WithChildren(_root), SerializerOptions);

        var written = Write(w => _nodes.Write(_root, w));

        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(written));
        Assert.Contains("\"exercises\":[{", System.Text.Encoding.UTF8.GetString(written), StringComparison.Ordinal);   // hydration happened
    }

    [Fact]
    public void Every_goal_with_and_without_children_is_written_as_rendered()
    {
        foreach (var goal in _goals)
        {
            Assert.Equal(Serialize(_nodes.WithChildren(goal)), Write(w => _nodes.Write(goal, w)));
            Assert.Equal(Serialize(_nodes.WithoutChildren(goal)), Write(w => _nodes.Write(goal, w, withChildren: false)));
        }
    }

    [Fact]
    public void Writing_yields_once_per_goal_so_a_big_tree_can_be_flushed_in_pieces()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);

        Assert.Equal(_goals.Count(g => g.ParentId is not null) + 1, _nodes.Write(_root, writer).Count());
    }

    private void AddInstances(Goal session)
    {
        string?[] data = [null, "{}", """{"sets":[{"reps":"15","w":2.5}],"extra":"é"}""", """{"sets":"not a list"}""", "[1,2]", "{not json", """{"sets":[]}"""];
        var tempo = _scales.Metrics[0].Id;
        foreach (var id in new[] { "a", "b", "c" })
        {
            var n = _instances.Count;
            _instances.Add(new InstanceView(
                new ActivityInstanceId(id), session.Id, n % 4 == 3 ? new ActivityDefinitionId("retired-or-missing") : _scales.Id,
                _root.Id, Now.AddSeconds(n), n % 2 == 0 ? Now : null, null, n % 3 == 0 ? null : n * 7, n % 2 == 1, n % 5 == 0 ? null : $"note {n} \"q\" ü",
                data[n % data.Length],
                [
                    new MetricValueView(new MetricValueId($"v{n}a"), tempo, 120.5 + n, null),
                    new MetricValueView(new MetricValueId($"v{n}b"), new MetricDefinitionId("unknown-metric"), 1e-7, new SplitDefinitionId("unknown-split")),
                    new MetricValueView(new MetricValueId($"v{n}c"), _scales.Metrics[1].Id, 3, _scales.Splits[n % 2].Id),
                ]));
        }
    }

    private static void SetStored(Goal goal, string property, string value) =>
        typeof(Goal).GetProperty(property)!.SetValue(goal, value);   // legacy rows may hold anything

    private static byte[] Serialize(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, SerializerOptions);

    private static byte[] Write(Func<Utf8JsonWriter, IEnumerable<bool>> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            foreach (var _ in write(writer)) writer.Flush();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
