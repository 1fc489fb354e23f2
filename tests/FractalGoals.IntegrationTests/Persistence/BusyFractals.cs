using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// A database with a few hundred rows per hot table (three fractals, each with 60 sessions, 120 instances and 240
/// values; some goals completed, one metric retired), shared by the tests of one class. Made through the domain API.
/// A copy with <c>ANALYZE</c> statistics sits beside it: the application never runs ANALYZE, so plans are checked
/// both ways.
/// </summary>
public sealed class BusyFractals : IAsyncLifetime
{
    public const int Fractals = 3;
    public const int SessionsPerFractal = 60;

    public static readonly DateTime Start = new(2025, 6, 1, 7, 0, 0);

    public TestDatabase Database { get; private set; } = null!;

    /// <summary>On the suite's provider; <see cref="PostgresBusyFractals"/> holds the same data on PostgreSQL whatever the suite's.</summary>
    public BusyFractals()
        : this(FractalGoals.TestSupport.TestStore.Provider)
    {
    }

    internal BusyFractals(DatabaseProvider provider) => Provider = provider;

    private DatabaseProvider Provider { get; }

    public IReadOnlyList<Goal> Goals { get; private set; } = [];

    public IReadOnlyList<ActivityDefinition> Activities { get; private set; } = [];

    public IReadOnlyList<ActivityInstance> Instances { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Provider, TestContext.Current.CancellationToken);
        var (goals, activities, instances) = (new List<Goal>(), new List<ActivityDefinition>(), new List<ActivityInstance>());
        for (var f = 0; f < Fractals; f++)
        {
            var at = Start.AddDays(f);
            var root = Goal.CreateFractal($"Fractal {f}", null, GoalType.UltimateGoal, at);
            var longTerm = root.AddChild($"Long {f}", null, GoalType.LongTermGoal, null, at);
            var midTerm = longTerm.AddChild($"Mid {f}", null, GoalType.MidTermGoal, null, at);
            var shortTerms = Enumerable.Range(0, 3).Select(i => midTerm.AddChild($"Short {f}.{i}", null, GoalType.ShortTermGoal, null, at)).ToList();
            shortTerms[0].SetCompleted(true, at);
            goals.AddRange([root, longTerm, midTerm, .. shortTerms]);

            var activity = ActivityDefinition.Create(root, new ActivityDetails($"Activity {f}",
                Metrics: [new MetricDraft("Weight", "kg"), new MetricDraft("Reps", "count"), new MetricDraft("Tempo", "bpm")]), null, at);
            activity.RemoveMetric(activity.Metrics.Single(m => m.Name == "Tempo").Id, hasValues: true, at);   // retired: is_active = 0
            activities.Add(activity);
            var (weight, reps) = (activity.SlotFor(activity.Metrics[0].Id, null), activity.SlotFor(activity.Metrics[1].Id, null));

            for (var s = 0; s < SessionsPerFractal; s++)
            {
                var sessionAt = at.AddHours(s).AddTicks(s * 10);   // distinct instants, microseconds included
                var session = shortTerms[s % shortTerms.Count].AddSession(new SessionDetails($"Session {f}.{s:D3}"), sessionAt);
                if (s % 4 == 0) session.SetCompleted(true, sessionAt);
                goals.Add(session);
                for (var i = 0; i < 2; i++)
                {
                    var instance = ActivityInstance.Create(ActivityInstanceId.New(), session, activity, sessionAt.AddMinutes(i));
                    if ((s + i) % 3 == 0) instance.SetCompleted(true, sessionAt);
                    instance.RecordValue(weight, 50 + s, sessionAt);
                    instance.RecordValue(reps, 5 + i, sessionAt);
                    instances.Add(instance);
                }
            }
        }

        await using var db = Database.NewContext();
        db.Goals.AddRange(goals);
        db.AddRange(activities);
        db.AddRange(instances);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        (Goals, Activities, Instances) = (goals, activities, instances);

        if (Provider == DatabaseProvider.Postgres)
        {
            Sql.Execute(Database, "ANALYZE");
            return;
        }
        Sql.Execute(Database, "VACUUM INTO @copy", ("@copy", AnalysedCopy));
        using var analysed = OpenAnalysedCopy();
        Sql.Rows(analysed, "ANALYZE");
    }

    private string AnalysedCopy => Path.Combine(Path.GetDirectoryName(Database.FilePath)!, "analysed.db");

    /// <summary>The same data with <c>sqlite_stat1</c> filled by <c>ANALYZE</c>.</summary>
    public SqliteConnection OpenAnalysedCopy()
    {
        var connection = new SqliteConnection(SqliteConnectionStrings.Normalise($"Data Source={AnalysedCopy}"));
        connection.Open();
        return connection;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    public Goal Root(int fractal) => Goals.Where(g => g.IsFractalRoot).OrderBy(g => g.CreatedAt).ElementAt(fractal);
}

/// <summary>The same busy fractals on PostgreSQL, analysed, for <see cref="PostgresSchemaTests"/>' plan checks.</summary>
public sealed class PostgresBusyFractals : IAsyncLifetime
{
    public BusyFractals Data { get; } = new(DatabaseProvider.Postgres);

    public ValueTask InitializeAsync() => Data.InitializeAsync();

    public ValueTask DisposeAsync() => Data.DisposeAsync();
}
