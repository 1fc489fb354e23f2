using System.Text.Json;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using FractalGoals.Infrastructure.Persistence;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// One fractal with a row in every table, made only through the domain API: goals down to an immediate goal, a
/// session linked to two more short-term goals, a grouped activity with metrics and splits, an instance with values
/// (one per split), a template and a program with a dated and an abstract day.
/// </summary>
public sealed class SampleFractal
{
    /// <summary>A creation instant with a full microsecond fraction, so the stored text shows all six digits.</summary>
    public static readonly DateTime Created = new DateTime(2026, 1, 2, 9, 30, 15, DateTimeKind.Unspecified).AddTicks(1_234_560);

    public const string CreatedText = "2026-01-02 09:30:15.123456";

    // Client JSON exactly as sent: odd spacing, unknown keys, a "15" string, non-ASCII. Nothing may re-serialise it.
    public const string SessionJson = """{ "sections" : [ {"name":"Warm-up ✓","activity_ids":["ID"]} ], "reps":"15", "x_unknown":{"n":1.50,"flag":true} }""";
    public const string TargetsJson = """[ {"id":"t1","metric":"Reps","value":"15","x_extra":null} ]""";
    public const string TemplateJson = """{"sections":[{"name":"Main","activities":[{"activity_id":"A","reps":"15"}]}],"x_future":{"é":[1,2]} }""";
    public const string WeeklyScheduleJson = """[{"id":"BLOCK","name":"Base","startDate":"2026-03-02","endDate":"2026-03-08","color":"#ff0000","daily":"15","x_ui":{"open":true}}]""";
    public const string SetsJson = """[{"reps":"15","weight":100}]""";

    private SampleFractal()
    {
    }

    public required Goal Root { get; init; }
    public required Goal LongTerm { get; init; }
    public required Goal MidTerm { get; init; }
    public required Goal ShortTerm { get; init; }
    public required Goal SecondShortTerm { get; init; }
    public required Goal ThirdShortTerm { get; init; }
    public required Goal Session { get; init; }
    public required Goal Immediate { get; init; }
    public required ActivityGroup Group { get; init; }
    public required ActivityDefinition Activity { get; init; }
    public required ActivityInstance Instance { get; init; }
    public required SessionTemplate Template { get; init; }
    public required TrainingProgram Program { get; init; }

    public IReadOnlyList<Goal> Goals => [Root, LongTerm, MidTerm, ShortTerm, SecondShortTerm, ThirdShortTerm, Session, Immediate];

    public MetricDefinition Weight => Activity.Metrics.Single(m => m.Name == "Weight");
    public MetricDefinition Reps => Activity.Metrics.Single(m => m.Name == "Reps");
    public SplitDefinition Left => Activity.Splits.Single(s => s.Name == "Left");

    /// <summary>A full fractal; <paramref name="tag"/> keeps client-made ids unique when several share a database.</summary>
    public static SampleFractal Create(string tag = "a")
    {
        var now = Created;
        var root = Goal.CreateFractal($"Play guitar {tag}", "The ultimate goal", GoalType.UltimateGoal, now);
        var longTerm = root.AddChild("Play in a band", "", GoalType.LongTermGoal, deadline: new DateOnly(2027, 12, 31), now);
        var midTerm = longTerm.AddChild("Learn the repertoire", "ten songs", GoalType.MidTermGoal, deadline: null, now);
        midTerm.SetCompleted(true, now);
        var shortTerm = midTerm.AddChild("Chords", "open chords", GoalType.ShortTermGoal, deadline: new DateOnly(2026, 6, 30), now);
        var second = midTerm.AddChild("Scales", null, GoalType.ShortTermGoal, deadline: null, now);
        var third = midTerm.AddChild("Rhythm", null, GoalType.ShortTermGoal, deadline: null, now);

        var template = SessionTemplate.Create(root, "Leg day", "heavy", Json(TemplateJson), now);

        var session = shortTerm.AddSession(new SessionDetails(
            "Morning practice", "before work", DurationMinutes: 45, SessionData: Json(SessionJson), TemplateId: template.Id.Value,
            TotalDurationSeconds: 2_700, SessionStart: now.AddMinutes(1), SessionEnd: now.AddMinutes(46)), now);
        // Linked in an order that is not the ids' order, so a reload sorted by id would show.
        foreach (var link in new[] { second, third }.OrderByDescending(g => g.Id.Value, StringComparer.Ordinal)) session.LinkToGoal(link);

        var immediate = session.AddChild("Clean F chord", "no buzz", GoalType.ImmediateGoal, deadline: new DateOnly(2026, 1, 9), now);
        immediate.SetTargets(JsonText.Parse(TargetsJson, "targets", JsonValueKind.Array), now);

        var group = ActivityGroup.Create(root, "Strength", "compound lifts", sortOrder: 1, now);
        var activity = ActivityDefinition.Create(root, new ActivityDetails(
            "Squat", "https://example.test/squat", HasSets: true, HasMetrics: true, MetricsMultiplicative: true, HasSplits: true,
            Metrics: [new MetricDraft("Weight", "kg", IsTopSetMetric: true, IsMultiplicative: true), new MetricDraft("Reps", "count", IsTopSetMetric: false, IsMultiplicative: false)],
            Splits: [new SplitDraft("Left"), new SplitDraft("Right")]), group, now);

        var instance = ActivityInstance.Create(new ActivityInstanceId($"1767200643898-{tag}"), session, activity, now);
        instance.StartTimer(now.AddMinutes(2));
        instance.StopTimer(now.AddMinutes(2).AddSeconds(95.5));
        instance.SetCompleted(true, now.AddMinutes(3));
        instance.SetNotes("felt strong", now.AddMinutes(3));
        instance.ReplaceSets(Json(SetsJson), now.AddMinutes(3));
        var weight = activity.Metrics.Single(m => m.Name == "Weight");
        var reps = activity.Metrics.Single(m => m.Name == "Reps");
        var left = activity.Splits.Single(s => s.Name == "Left");
        instance.RecordValue(activity.SlotFor(weight.Id, left.Id), 100.5, now.AddMinutes(4));
        instance.RecordValue(activity.SlotFor(reps.Id, null), 15, now.AddMinutes(4));

        var program = TrainingProgram.Create(root, "Spring", "base building", new DateTime(2026, 3, 2), new DateTime(2026, 3, 29),
            [shortTerm], Json(WeeklyScheduleJson.Replace("BLOCK", $"17672006{tag}", StringComparison.Ordinal)), now);
        var blockId = new ProgramBlockId($"17672006{tag}");
        program.SyncBlocks(
            [new BlockDraft(blockId, "Base", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8), "#ff0000",
                new Dictionary<DayOfWeek, IReadOnlyList<SessionTemplateId>> { [DayOfWeek.Monday] = [template.Id] })],
            new Dictionary<SessionTemplateId, SessionTemplate> { [template.Id] = template });
        program.AddDays(blockId, "Extra", weekday: null, [template], cascade: false);
        program.AttachGoal(blockId, midTerm);

        return new SampleFractal
        {
            Root = root, LongTerm = longTerm, MidTerm = midTerm, ShortTerm = shortTerm, SecondShortTerm = second, ThirdShortTerm = third,
            Session = session, Immediate = immediate, Group = group, Activity = activity, Instance = instance, Template = template, Program = program,
        };
    }

    public void AddTo(FractalGoalsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Goals.AddRange(Goals);
        db.AddRange(Group, Activity, Instance, Template, Program);
    }

    public static async Task<SampleFractal> SaveNewAsync(TestDatabase database, string tag = "a")
    {
        ArgumentNullException.ThrowIfNull(database);
        var sample = Create(tag);
        await using var db = database.NewContext();
        sample.AddTo(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return sample;
    }

    private static JsonText Json(string raw) => JsonText.Parse(raw, "json");
}
