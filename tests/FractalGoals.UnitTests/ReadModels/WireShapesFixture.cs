using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.UnitTests.ReadModels;

/// <summary>
/// A fractal holding every shape the stored JSON can take: legacy text that is not JSON, non-object session data,
/// sections with and without activity_ids, stale exercises, non-string ids, instance data with and without sets,
/// values of unknown metrics, escaping-sensitive text. Generated ids are replaced by stable labels in the output.
/// </summary>
internal sealed class WireShapesFixture
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly DateTime Now = new DateTime(2026, 1, 2, 9, 0, 0, 123).AddTicks(4567);

    private readonly List<(string Id, string Label)> _labels = [];

    public WireShapesFixture()
    {
        Root = Goal.CreateFractal("Guitar \"Ünïcödé\" <b> 😀", "desc\nline", GoalType.UltimateGoal, Now);
        var longTerm = Root.AddChild("Long", null, GoalType.LongTermGoal, null, Now);
        var midTerm = longTerm.AddChild("Mid", "", GoalType.MidTermGoal, null, Now);
        var shortTerm = midTerm.AddChild("Short", null, GoalType.ShortTermGoal, null, Now.AddSeconds(1));
        var otherShort = midTerm.AddChild("Other short", null, GoalType.ShortTermGoal, null, Now);
        var hiddenShort = midTerm.AddChild("Deleted short", null, GoalType.ShortTermGoal, null, Now);
        shortTerm.SetDeadline(new DateOnly(2026, 3, 4), Now);
        shortTerm.SetTargets(JsonText.Parse("""[{"id":"t1","name":"Tempo \u00e9 \"q\"","value":1.50e2,"nested":{"a":[null,true]}}]""", "targets"), Now);
        SetStored(otherShort, nameof(Goal.Targets), "{not json");
        SetStored(midTerm, nameof(Goal.Targets), """{"an":"object, not a list"}""");
        Scales = ActivityDefinition.Create(Root, new ActivityDetails("Scales <é>", HasSplits: true, Metrics: [new MetricDraft("Tempo", "bpm"), new MetricDraft("Reps", "x")], Splits: [new SplitDraft("Left"), new SplitDraft("Right")]), group: null, Now);
        Goals = [Root, longTerm, midTerm, shortTerm, otherShort];

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
            Goals.Add(session);
            AddInstances(session);
        }
        var legacy = shortTerm.AddSession(new SessionDetails("Legacy text"), Now.AddSeconds(-1));   // no tie with session 0: ids are random
        SetStored(legacy, nameof(Goal.Attributes), "{not json");
        Goals.Add(legacy);

        foreach (var (goal, i) in Goals.Append(hiddenShort).Select((g, i) => (g, i))) _labels.Add((goal.Id.Value, $"goal-{i}"));
        _labels.Add((Scales.Id.Value, "activity-scales"));
        foreach (var (metric, i) in Scales.Metrics.Select((m, i) => (m, i))) _labels.Add((metric.Id.Value, $"metric-{i}"));
        foreach (var (split, i) in Scales.Splits.Select((s, i) => (s, i))) _labels.Add((split.Id.Value, $"split-{i}"));
        Nodes = new GoalNodeJson(Goals, Instances, Lookup);
    }

    public Goal Root { get; }

    /// <summary>The live goals, root first (the deleted short-term goal is not among them).</summary>
    public List<Goal> Goals { get; }

    public ActivityDefinition Scales { get; }

    public List<InstanceView> Instances { get; } = [];

    public ActivityLookup Lookup => new([Scales]);

    public GoalNodeJson Nodes { get; }

    /// <summary>What <paramref name="write"/> writes, flushed at every step it yields, with generated ids labelled.</summary>
    public string Write(Func<Utf8JsonWriter, IEnumerable<bool>> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            foreach (var _ in write(writer)) writer.Flush();
        }
        return Label(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>What a written response writes, flushed at every step, with generated ids labelled.</summary>
    public string Write(WrittenJson body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Write(w => body.WriteAsync(w, CancellationToken.None).ToBlockingEnumerable());
    }

    /// <summary>The checked-in expected text of a golden file.</summary>
    public static string Golden(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReadModels", "Golden", name), Encoding.UTF8).TrimEnd('\n');

    private string Label(string json) => _labels.Aggregate(json, (text, label) => text.Replace(label.Id, label.Label, StringComparison.Ordinal));

    private void AddInstances(Goal session)
    {
        string?[] data = [null, "{}", """{"sets":[{"reps":"15","w":2.5}],"extra":"é"}""", """{"sets":"not a list"}""", "[1,2]", "{not json", """{"sets":[]}"""];
        var tempo = Scales.Metrics[0].Id;
        foreach (var id in new[] { "a", "b", "c" })
        {
            var n = Instances.Count;
            Instances.Add(new InstanceView(
                new ActivityInstanceId(id), session.Id, n % 4 == 3 ? new ActivityDefinitionId("retired-or-missing") : Scales.Id,
                Root.Id, Now.AddSeconds(n), n % 2 == 0 ? Now : null, null, n % 3 == 0 ? null : n * 7, n % 2 == 1, n % 5 == 0 ? null : $"note {n} \"q\" ü",
                data[n % data.Length],
                [
                    new MetricValueView(new MetricValueId($"v{n}a"), tempo, 120.5 + n, null),
                    new MetricValueView(new MetricValueId($"v{n}b"), new MetricDefinitionId("unknown-metric"), 1e-7, new SplitDefinitionId("unknown-split")),
                    new MetricValueView(new MetricValueId($"v{n}c"), Scales.Metrics[1].Id, 3, Scales.Splits[n % 2].Id),
                ]));
        }
    }

    private static void SetStored(Goal goal, string property, string value) =>
        typeof(Goal).GetProperty(property)!.SetValue(goal, value);   // legacy rows may hold anything
}
