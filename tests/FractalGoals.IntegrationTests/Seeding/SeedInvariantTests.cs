using FractalGoals.Infrastructure.Persistence;
using FractalGoals.Infrastructure.Persistence.Conversions;
using FractalGoals.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;

namespace FractalGoals.IntegrationTests.Seeding;

/// <summary>
/// <c>db seed</c> at the small scale writes rows that obey every rule of domain-rules §15 that a row can show: each is
/// checked with SQL over the whole file, and each check first proves it has rows to look at.
/// </summary>
[Trait("Provider", "SqliteOnly")]
public sealed class SeedInvariantTests : IAsyncLifetime
{
    private SeededDatabase _db = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _db = await SeededDatabase.CreateAsync(SeedProfile.Of(SeedScale.Small), seed: 1, Token);

    public async ValueTask DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public void Every_table_gets_rows_and_the_reported_counts_are_what_is_stored()
    {
        foreach (var table in SeedTable.All)
        {
            var stored = _db.Count($"SELECT count(*) FROM {table.Name}");
            Assert.True(stored > 0, $"{table.Name} is empty");
            Assert.Equal(stored, _db.Result.Rows[table.Name]);
        }
        Assert.Equal(SeedProfile.Of(SeedScale.Small).Fractals, _db.Count("SELECT count(*) FROM goals WHERE parent_id IS NULL"));
        foreach (var type in new[] { "UltimateGoal", "LongTermGoal", "MidTermGoal", "ShortTermGoal", "PracticeSession", "ImmediateGoal", "MicroGoal", "NanoGoal" })
            Assert.True(_db.Count($"SELECT count(*) FROM goals WHERE type = '{type}'") > 0, $"no {type}");
    }

    [Fact]
    public async Task The_schema_is_exactly_the_migrated_one_with_every_index_rebuilt_and_the_journal_back_to_wal()
    {
        await using var migrated = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Token);
        const string Schema = "SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || ifnull(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'";
        using var connection = new SqliteConnection(migrated.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        var expected = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) expected.Add(reader.GetString(0));

        var actual = _db.Rows(Schema).Select(r => (string)r[0]!).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.Equal(28, actual.Count(s => s.StartsWith("index idx_", StringComparison.Ordinal)));
        Assert.Equal("wal", _db.Rows("PRAGMA journal_mode")[0][0]);
    }

    [Theory]
    [InlineData("roots are goals of levels 1-4 that name themselves", """
        SELECT count(*) FROM goals WHERE parent_id IS NULL
          AND (root_id <> id OR type NOT IN ('UltimateGoal', 'LongTermGoal', 'MidTermGoal', 'ShortTermGoal'))
        """)]
    [InlineData("every child is the next level after its parent, in the same fractal", """
        SELECT count(*) FROM goals c JOIN goals p ON p.id = c.parent_id
        WHERE c.root_id <> p.root_id OR p.type = 'NanoGoal' OR c.type IS NOT CASE p.type
          WHEN 'UltimateGoal' THEN 'LongTermGoal' WHEN 'LongTermGoal' THEN 'MidTermGoal' WHEN 'MidTermGoal' THEN 'ShortTermGoal'
          WHEN 'ShortTermGoal' THEN 'PracticeSession' WHEN 'PracticeSession' THEN 'ImmediateGoal' WHEN 'ImmediateGoal' THEN 'MicroGoal'
          WHEN 'MicroGoal' THEN 'NanoGoal' END
        """)]
    [InlineData("root_id is the top of the parent chain", """
        WITH RECURSIVE tree(id, top) AS (
          SELECT id, id FROM goals WHERE parent_id IS NULL
          UNION ALL SELECT g.id, t.top FROM goals g JOIN tree t ON g.parent_id = t.id)
        SELECT count(*) FROM goals g LEFT JOIN tree t ON t.id = g.id WHERE t.top IS NULL OR g.root_id <> t.top
        """)]
    [InlineData("junction rows link a session to a short-term goal of its fractal", """
        SELECT count(*) FROM practice_session_goals j
        JOIN goals s ON s.id = j.practice_session_id JOIN goals g ON g.id = j.short_term_goal_id
        WHERE s.type <> 'PracticeSession' OR g.type <> 'ShortTermGoal' OR s.root_id <> g.root_id
        """)]
    [InlineData("a session's primary parent is among its links", """
        SELECT count(*) FROM goals s WHERE s.type = 'PracticeSession' AND NOT EXISTS (
          SELECT 1 FROM practice_session_goals j WHERE j.practice_session_id = s.id AND j.short_term_goal_id = s.parent_id)
        """)]
    [InlineData("an instance is in a session of its activity's fractal", """
        SELECT count(*) FROM activity_instances i
        JOIN goals s ON s.id = i.practice_session_id JOIN activity_definitions a ON a.id = i.activity_definition_id
        WHERE s.type <> 'PracticeSession' OR i.root_id <> s.root_id OR i.root_id <> a.root_id
        """)]
    [InlineData("a value's metric and split belong to its instance's activity, in its fractal", """
        SELECT count(*) FROM metric_values v
        JOIN activity_instances i ON i.id = v.activity_instance_id JOIN metric_definitions m ON m.id = v.metric_definition_id
        JOIN activity_definitions a ON a.id = i.activity_definition_id
        WHERE v.root_id <> i.root_id OR m.activity_id <> i.activity_definition_id OR a.has_sets = 1
          OR (a.has_splits = 1) <> (v.split_definition_id IS NOT NULL)
          OR (v.split_definition_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM split_definitions sp WHERE sp.id = v.split_definition_id AND sp.activity_id = a.id))
        """)]
    [InlineData("at most one value per instance, metric and split", """
        SELECT count(*) FROM (SELECT 1 FROM metric_values
          GROUP BY activity_instance_id, metric_definition_id, ifnull(split_definition_id, '') HAVING count(*) > 1)
        """)]
    [InlineData("metric and split definitions carry their activity's root", """
        SELECT (SELECT count(*) FROM metric_definitions m JOIN activity_definitions a ON a.id = m.activity_id WHERE m.root_id <> a.root_id)
             + (SELECT count(*) FROM split_definitions s JOIN activity_definitions a ON a.id = s.activity_id WHERE s.root_id <> a.root_id)
        """)]
    [InlineData("an activity has 1-3 metrics, at most 5 splits, numbered by position", """
        SELECT count(*) FROM activity_definitions a
        WHERE (SELECT count(*) FROM metric_definitions m WHERE m.activity_id = a.id AND m.is_active = 1) NOT BETWEEN 1 AND 3
           OR (SELECT count(*) FROM split_definitions s WHERE s.activity_id = a.id) > 5
           OR EXISTS (SELECT 1 FROM split_definitions s WHERE s.activity_id = a.id AND s."order" <>
                (SELECT count(*) FROM split_definitions o WHERE o.activity_id = a.id AND o.rowid < s.rowid))
        """)]
    [InlineData("activities are grouped only within their fractal", """
        SELECT count(*) FROM activity_definitions a JOIN activity_groups g ON g.id = a.group_id WHERE g.root_id <> a.root_id
        """)]
    [InlineData("a session's JSON lists exactly its own instances", """
        SELECT (SELECT count(*) FROM goals s, json_each(s.attributes, '$.sections') sec, json_each(sec.value, '$.activity_ids') a
                WHERE s.type = 'PracticeSession' AND NOT EXISTS (
                  SELECT 1 FROM activity_instances i WHERE i.id = a.value AND i.practice_session_id = s.id))
             + abs((SELECT count(*) FROM goals s, json_each(s.attributes, '$.sections') sec, json_each(sec.value, '$.activity_ids') a
                    WHERE s.type = 'PracticeSession') - (SELECT count(*) FROM activity_instances))
             + (SELECT count(*) FROM goals WHERE type = 'PracticeSession' AND attributes IS NOT session_data)
             + (SELECT count(*) FROM goals WHERE type <> 'PracticeSession' AND (attributes IS NOT NULL OR duration_minutes IS NOT NULL))
        """)]
    [InlineData("set activities keep their sets in the instance data, others none", """
        SELECT count(*) FROM activity_instances i JOIN activity_definitions a ON a.id = i.activity_definition_id
        WHERE (a.has_sets = 1) <> (i.data IS NOT NULL) OR (i.data IS NOT NULL AND json_array_length(i.data, '$.sets') < 1)
        """)]
    [InlineData("every stored time has the legacy six-digit form (ADR 0012)", """
        SELECT count(*) FROM (
          SELECT created_at AS t FROM goals UNION ALL SELECT updated_at FROM goals UNION ALL SELECT deadline FROM goals
          UNION ALL SELECT created_at FROM activity_instances UNION ALL SELECT time_start FROM activity_instances
          UNION ALL SELECT time_stop FROM activity_instances UNION ALL SELECT created_at FROM metric_values
          UNION ALL SELECT start_date FROM programs UNION ALL SELECT created_at FROM session_templates)
        WHERE t IS NOT NULL AND t NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]'
        """)]
    [InlineData("program days lie in their block, numbered by position, and schedule templates of the program's fractal", """
        SELECT count(*) FROM program_days d JOIN program_blocks b ON b.id = d.block_id JOIN programs p ON p.id = b.program_id
        JOIN scheduled_sessions s ON s.day_id = d.id JOIN session_templates t ON t.id = s.session_template_id
        WHERE d.date <> date(b.start_date, '+' || (d.day_number - 1) || ' days') OR d.date > b.end_date
           OR t.root_id <> p.root_id OR d.name <> CASE strftime('%w', d.date) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday'
              WHEN '2' THEN 'Tuesday' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END
        """)]
    [InlineData("nothing dangles", "SELECT count(*) FROM pragma_foreign_key_check")]
    public void No_row_breaks_the_rule(string rule, string violationsSql) =>
        Assert.True(_db.Count(violationsSql) == 0, $"rows break: {rule}");

    [Fact]
    public void Timers_hold_whole_seconds_between_start_and_stop_and_some_run_or_never_started()
    {
        var rows = _db.Rows("SELECT time_start, time_stop, duration_seconds FROM activity_instances");
        foreach (var row in rows)
        {
            if (row[0] is null || row[1] is null)
            {
                Assert.Null(row[2]);
                continue;
            }
            var seconds = (LegacyDateTimeConverter.Parse((string)row[1]!) - LegacyDateTimeConverter.Parse((string)row[0]!)).TotalSeconds;
            Assert.Equal((long)Math.Truncate(seconds), (long)row[2]!);
        }
        Assert.Contains(rows, r => r[2] is not null);
        Assert.Contains(rows, r => r[0] is null);
    }

    [Fact]
    public void Sessions_spread_over_about_two_years_and_never_past_the_window()
    {
        var span = _db.Rows("SELECT min(created_at), max(created_at) FROM goals WHERE type = 'PracticeSession'")[0];
        var (first, last) = (LegacyDateTimeConverter.Parse((string)span[0]!), LegacyDateTimeConverter.Parse((string)span[1]!));
        Assert.True((last - first).TotalDays > 365, $"sessions span only {first:d} to {last:d}");
        Assert.True(first >= DatabaseSeeder.WindowStart && last <= DatabaseSeeder.WindowEnd);
    }
}
