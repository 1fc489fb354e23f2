using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>Every entity type saved and read back through a fresh context is exactly what the domain made.</summary>
public sealed class RoundTripTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SampleFractal _sample = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Token);
        _sample = await SampleFractal.SaveNewAsync(_database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Every_goal_of_the_fractal_reads_back_with_every_property_including_session_links_and_json()
    {
        await using var db = _database.NewContext();

        var loaded = await db.Goals.Where(g => g.RootId == _sample.Root.Id).ToDictionaryAsync(g => g.Id, Token);

        Assert.Equal(_sample.Goals.Count, loaded.Count);
        foreach (var goal in _sample.Goals) PropertyAssert.Equivalent(goal, loaded[goal.Id], $"{goal.Type} {goal.Name}");
        var session = loaded[_sample.Session.Id];
        Assert.Equal(SampleFractal.SessionJson, session.Attributes);
        Assert.Equal(new[] { _sample.SecondShortTerm.Id, _sample.ThirdShortTerm.Id }.Order(IdOrder), session.GoalLinks.Select(l => l.ShortTermGoalId).Order(IdOrder));
    }

    [Fact]
    public async Task An_activity_group_reads_back_with_every_property()
    {
        await using var db = _database.NewContext();

        var loaded = await db.Set<ActivityGroup>().SingleAsync(g => g.Id == _sample.Group.Id, Token);

        PropertyAssert.Equivalent(_sample.Group, loaded);
    }

    [Fact]
    public async Task An_activity_definition_reads_back_with_its_metrics_and_splits()
    {
        await using var db = _database.NewContext();

        var loaded = await db.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);

        PropertyAssert.Equivalent(_sample.Activity, loaded);
        Assert.Equal(2, loaded.Metrics.Count);
        Assert.Equal(["Left", "Right"], loaded.ActiveSplits.Select(s => s.Name));
    }

    [Fact]
    public async Task An_activity_instance_reads_back_with_its_metric_values_including_the_split_value()
    {
        await using var db = _database.NewContext();

        var loaded = await db.Set<ActivityInstance>().SingleAsync(i => i.Id == _sample.Instance.Id, Token);

        PropertyAssert.Equivalent(_sample.Instance, loaded);
        var splitValue = Assert.Single(loaded.MetricValues, v => v.SplitDefinitionId is not null);
        Assert.Equal((_sample.Weight.Id, _sample.Left.Id, 100.5), (splitValue.MetricDefinitionId, splitValue.SplitDefinitionId!.Value, splitValue.Value));
        Assert.Equal(95, loaded.DurationSeconds);
    }

    [Fact]
    public async Task A_session_template_reads_back_with_its_data_verbatim()
    {
        await using var db = _database.NewContext();

        var loaded = await db.Set<SessionTemplate>().SingleAsync(t => t.Id == _sample.Template.Id, Token);

        PropertyAssert.Equivalent(_sample.Template, loaded);
        Assert.Equal(SampleFractal.TemplateJson, loaded.TemplateData);
    }

    [Fact]
    public async Task A_training_program_reads_back_with_its_blocks_days_and_scheduled_sessions()
    {
        await using var db = _database.NewContext();

        var loaded = await db.Set<TrainingProgram>().SingleAsync(p => p.Id == _sample.Program.Id, Token);

        PropertyAssert.Equivalent(_sample.Program, loaded);
        var block = Assert.Single(loaded.Blocks);
        Assert.Equal([null, new DateOnly(2026, 3, 2)], block.Days.Select(d => d.Date).Order());
        Assert.All(block.Days, d => Assert.Equal(_sample.Template.Id, Assert.Single(d.Sessions).SessionTemplateId));
        Assert.Equal($"[\"{_sample.MidTerm.Id}\"]", block.GoalIds);
    }

    [Fact]
    public void Json_columns_hold_the_clients_text_byte_for_byte()
    {
        var session = Sql.Rows(_database, "SELECT attributes, session_data FROM goals WHERE id = @id", ("@id", _sample.Session.Id.Value)).Single();
        var targets = Sql.Scalar(_database, "SELECT targets FROM goals WHERE id = @id", ("@id", _sample.Immediate.Id.Value));
        var template = Sql.Scalar(_database, "SELECT template_data FROM session_templates WHERE id = @id", ("@id", _sample.Template.Id.Value));
        var schedule = Sql.Scalar(_database, "SELECT weekly_schedule FROM programs WHERE id = @id", ("@id", _sample.Program.Id.Value));
        var data = Sql.Scalar(_database, "SELECT data FROM activity_instances WHERE id = @id", ("@id", _sample.Instance.Id.Value));

        Assert.Equal([SampleFractal.SessionJson, SampleFractal.SessionJson], session);
        Assert.Equal(SampleFractal.TargetsJson, targets);
        Assert.Equal(SampleFractal.TemplateJson, template);
        Assert.Equal(SampleFractal.WeeklyScheduleJson.Replace("BLOCK", "17672006a", StringComparison.Ordinal), schedule);
        Assert.Equal("""{"sets":[{"reps":"15","weight":100}]}""", data);
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]   // storage classes; PostgresSchemaTests checks the column types there
    public void Datetimes_are_stored_as_text_with_six_fraction_digits()
    {
        var created = Sql.Rows(_database, "SELECT typeof(created_at), created_at, typeof(updated_at), updated_at FROM goals WHERE id = @id",
            ("@id", _sample.Root.Id.Value)).Single();
        var deadline = Sql.Scalar(_database, "SELECT deadline FROM goals WHERE id = @id", ("@id", _sample.ShortTerm.Id.Value));
        var timer = Sql.Rows(_database, "SELECT time_start, time_stop, duration_seconds FROM activity_instances WHERE id = @id",
            ("@id", _sample.Instance.Id.Value)).Single();
        var programStart = Sql.Scalar(_database, "SELECT start_date FROM programs WHERE id = @id", ("@id", _sample.Program.Id.Value));

        Assert.Equal(["text", SampleFractal.CreatedText, "text", SampleFractal.CreatedText], created);
        Assert.Equal("2026-06-30 00:00:00.000000", deadline);
        Assert.Equal(["2026-01-02 09:32:15.123456", "2026-01-02 09:33:50.623456", 95L], timer);
        Assert.Equal("2026-03-02 00:00:00.000000", programStart);
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]   // storage classes; PostgresSchemaTests checks the column types there
    public void Every_datetime_column_of_every_table_holds_only_the_legacy_text_format()
    {
        const string Pattern = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]";
        var columns = DeclaredColumns("DATETIME", "TIMESTAMP");
        var filled = new List<string>();

        foreach (var (table, column) in columns)
        {
            var row = Sql.Rows(_database, $"SELECT count(\"{column}\"), count(CASE WHEN typeof(\"{column}\") = 'text' AND \"{column}\" GLOB '{Pattern}' THEN 1 END) FROM \"{table}\"").Single();
            Assert.True(Equals(row[0], row[1]), $"{table}.{column}: {row[1]} of {row[0]} values in the storage format");
            if ((long)row[0]! > 0) filled.Add($"{table}.{column}");
        }

        // Only never-written and delete-only columns may be empty in a fresh sample: every other column was checked.
        var empty = columns.Select(c => $"{c.Table}.{c.Column}").Except(filled).Order(StringComparer.Ordinal).ToList();
        Assert.All(empty, c => Assert.True(c.EndsWith(".deleted_at", StringComparison.Ordinal) || c == "goals.deadline", c));
        Assert.Contains("goals.deadline", filled);
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]   // storage classes; PostgresSchemaTests checks the column types there
    public void Program_block_and_day_dates_are_stored_as_plain_dates()
    {
        var block = Sql.Rows(_database, "SELECT typeof(start_date), start_date, end_date FROM program_blocks").Single();
        var days = Sql.Rows(_database, "SELECT date FROM program_days ORDER BY date").Select(r => r[0]);

        Assert.Equal(["text", "2026-03-02", "2026-03-08"], block);
        Assert.Equal([null, "2026-03-02"], days);
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]   // storage classes; PostgresSchemaTests checks the column types there
    public void Booleans_are_stored_as_integers_0_and_1()
    {
        var midTerm = Sql.Rows(_database, "SELECT typeof(completed), completed FROM goals WHERE id = @id", ("@id", _sample.MidTerm.Id.Value)).Single();
        var root = Sql.Scalar(_database, "SELECT completed FROM goals WHERE id = @id", ("@id", _sample.Root.Id.Value));
        var activity = Sql.Rows(_database, "SELECT has_sets, has_metrics, metrics_multiplicative, has_splits FROM activity_definitions").Single();
        var metrics = Sql.Rows(_database, "SELECT name, is_active, is_top_set_metric, is_multiplicative FROM metric_definitions ORDER BY name");
        var scheduled = Sql.Rows(_database, "SELECT DISTINCT typeof(is_completed), is_completed FROM scheduled_sessions").Single();
        var program = Sql.Scalar(_database, "SELECT is_active FROM programs");

        Assert.Equal(["integer", 1L], midTerm);
        Assert.Equal(0L, root);
        Assert.Equal([1L, 1L, 1L, 1L], activity);
        Assert.Equal([["Reps", 1L, 0L, 0L], ["Weight", 1L, 1L, 1L]], metrics);
        Assert.Equal(["integer", 0L], scheduled);
        Assert.Equal(1L, program);
        Assert.Empty(BooleanColumnsWithOtherValues());
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]   // storage classes; PostgresSchemaTests checks the column types there
    public void A_metric_value_is_stored_as_a_real_number()
    {
        var values = Sql.Rows(_database, "SELECT typeof(value), value FROM metric_values ORDER BY value");

        Assert.Equal([["real", 15.0], ["real", 100.5]], values);
    }

    private List<string> BooleanColumnsWithOtherValues()
    {
        var wrong = new List<string>();
        foreach (var (table, column) in DeclaredColumns("BOOLEAN"))
        {
            var count = (long)Sql.Scalar(_database, $"SELECT count(*) FROM \"{table}\" WHERE \"{column}\" IS NOT NULL AND (typeof(\"{column}\") <> 'integer' OR \"{column}\" NOT IN (0, 1))")!;
            if (count > 0) wrong.Add($"{table}.{column}");
        }
        return wrong;
    }

    private List<(string Table, string Column)> DeclaredColumns(params string[] types) =>
        [.. SqliteSchema.Read(_database.FilePath).Tables
            .SelectMany(t => t.Value.Where(c => types.Contains(c.Type)).Select(c => (t.Key, c.Name)))];

    private static readonly Comparer<GoalId> IdOrder = Comparer<GoalId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value));
}
