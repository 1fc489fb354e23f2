using FractalGoals.Application.Common.Persistence;
using System.Data.Common;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Infrastructure;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// root_id rules hold in the stored rows (domain-rules §5), and the database itself refuses what the domain would
/// never write: a NULL root_id, an unknown goal type, a dangling reference. Our connections enforce foreign keys
/// and the file is in WAL mode.
/// </summary>
public sealed class DatabaseIntegrityTests : IAsyncLifetime
{
    // Each row: how many rows were compared with their owner, and how many disagree on root_id.
    private static readonly Dictionary<string, string> RootIdChecks = new()
    {
        ["a fractal root is its own root"] = "SELECT count(*), count(CASE WHEN root_id <> id THEN 1 END) FROM goals WHERE parent_id IS NULL AND type <> 'PracticeSession'",
        ["a goal has its parent's root"] = "SELECT count(*), count(CASE WHEN c.root_id <> p.root_id THEN 1 END) FROM goals c JOIN goals p ON p.id = c.parent_id",
        ["a session link joins goals of one fractal"] = "SELECT count(*), count(CASE WHEN s.root_id <> t.root_id THEN 1 END) FROM practice_session_goals l JOIN goals s ON s.id = l.practice_session_id JOIN goals t ON t.id = l.short_term_goal_id",
        ["a group belongs to a fractal root"] = "SELECT count(*), count(CASE WHEN r.id <> r.root_id OR r.parent_id IS NOT NULL THEN 1 END) FROM activity_groups x JOIN goals r ON r.id = x.root_id",
        ["an activity has its group's root"] = "SELECT count(*), count(CASE WHEN a.root_id <> g.root_id THEN 1 END) FROM activity_definitions a JOIN activity_groups g ON g.id = a.group_id",
        ["an activity belongs to a fractal root"] = "SELECT count(*), count(CASE WHEN r.id <> r.root_id OR r.parent_id IS NOT NULL THEN 1 END) FROM activity_definitions x JOIN goals r ON r.id = x.root_id",
        ["a metric definition has its activity's root"] = "SELECT count(*), count(CASE WHEN m.root_id <> a.root_id THEN 1 END) FROM metric_definitions m JOIN activity_definitions a ON a.id = m.activity_id",
        ["a split definition has its activity's root"] = "SELECT count(*), count(CASE WHEN s.root_id <> a.root_id THEN 1 END) FROM split_definitions s JOIN activity_definitions a ON a.id = s.activity_id",
        ["an instance has its session's root"] = "SELECT count(*), count(CASE WHEN i.root_id <> s.root_id THEN 1 END) FROM activity_instances i JOIN goals s ON s.id = i.practice_session_id",
        ["an instance has its activity's root"] = "SELECT count(*), count(CASE WHEN i.root_id <> a.root_id THEN 1 END) FROM activity_instances i JOIN activity_definitions a ON a.id = i.activity_definition_id",
        ["a value has its instance's root"] = "SELECT count(*), count(CASE WHEN v.root_id <> i.root_id THEN 1 END) FROM metric_values v JOIN activity_instances i ON i.id = v.activity_instance_id",
        ["a value has its metric's root"] = "SELECT count(*), count(CASE WHEN v.root_id <> m.root_id THEN 1 END) FROM metric_values v JOIN metric_definitions m ON m.id = v.metric_definition_id",
        ["a value has its split's root"] = "SELECT count(*), count(CASE WHEN v.root_id <> s.root_id THEN 1 END) FROM metric_values v JOIN split_definitions s ON s.id = v.split_definition_id",
        ["a template belongs to a fractal root"] = "SELECT count(*), count(CASE WHEN r.id <> r.root_id OR r.parent_id IS NOT NULL THEN 1 END) FROM session_templates x JOIN goals r ON r.id = x.root_id",
        ["a program belongs to a fractal root"] = "SELECT count(*), count(CASE WHEN r.id <> r.root_id OR r.parent_id IS NOT NULL THEN 1 END) FROM programs x JOIN goals r ON r.id = x.root_id",
    };

    private TestDatabase _database = null!;
    private SampleFractal _first = null!;
    private SampleFractal _second = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Token);
        _first = await SampleFractal.SaveNewAsync(_database, "a");
        _second = await SampleFractal.SaveNewAsync(_database, "b");
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public void Every_stored_row_has_its_owners_root_id()
    {
        var broken = new List<string>();
        foreach (var (rule, sql) in RootIdChecks)
        {
            var row = Sql.Rows(_database, sql).Single();
            if ((long)row[0]! == 0) broken.Add($"{rule}: no rows to compare");
            else if ((long)row[1]! != 0) broken.Add($"{rule}: {row[1]} of {row[0]} rows disagree");
        }

        Assert.Empty(broken);
    }

    [Fact]
    public async Task Every_row_of_a_fractal_reads_back_with_that_fractals_root_id()
    {
        await using var db = _database.NewContext();
        var rootId = _second.Root.Id;

        Assert.Equal(8, await db.Goals.CountAsync(g => g.RootId == rootId, Token));
        var activity = await db.Set<ActivityDefinition>().SingleAsync(a => a.RootId == rootId, Token);
        Assert.All(activity.Metrics.Cast<IRootScoped>().Concat(activity.Splits), r => Assert.Equal(rootId, r.RootId));
        var instance = await db.Set<Domain.Sessions.ActivityInstance>().SingleAsync(i => i.RootId == rootId, Token);
        Assert.All(instance.MetricValues, v => Assert.Equal(rootId, v.RootId));
        Assert.Equal(_second.Instance.Id, instance.Id);
        Assert.Equal(8L, Sql.Scalar(_database, "SELECT count(*) FROM goals WHERE root_id = @root", ("@root", rootId.Value)));
    }

    [Fact]
    public void The_database_refuses_a_goal_without_root_id()
    {
        var error = Assert.ThrowsAny<DbException>(() => Sql.Execute(_database,
            "INSERT INTO goals (id, type, name, description, completed, sort_order, root_id, created_at) VALUES ('orphan', 'UltimateGoal', 'x', '', @no, 0, NULL, @at)",
            ("@no", false), ("@at", SampleFractal.Created)));

        Assert.Equal(new StoreRefusal(RefusalKind.NotNull, "goals.root_id"), StoreRefusal.Of(error));
    }

    [Fact]
    public void The_database_refuses_a_metric_value_without_root_id()
    {
        var error = Assert.ThrowsAny<DbException>(() => Sql.Execute(_database,
            "INSERT INTO metric_values (id, activity_instance_id, metric_definition_id, value, root_id) VALUES ('v', @instance, @metric, 1, NULL)",
            ("@instance", _first.Instance.Id.Value), ("@metric", _first.Reps.Id.Value)));

        Assert.Equal(new StoreRefusal(RefusalKind.NotNull, "metric_values.root_id"), StoreRefusal.Of(error));
    }

    [Fact]
    public void Clearing_root_id_of_any_owned_row_is_refused_in_every_table_that_has_one()
    {
        // fractal_owners (ADR 0051) holds a row only in Accounts mode: give the first fractal an owner.
        Sql.Execute(_database, "INSERT INTO users (id, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count) VALUES ('owner', @no, @no, @no, @no, 0)", ("@no", false));
        Sql.Execute(_database, "INSERT INTO fractal_owners (root_id, user_id) SELECT id, 'owner' FROM goals WHERE parent_id IS NULL AND type = 'UltimateGoal' ORDER BY id LIMIT 1");
        var tables = TablesWithRootId();
        var accepted = new List<string>();

        foreach (var table in tables)
        {
            try
            {
                Sql.Execute(_database, $"UPDATE \"{table}\" SET root_id = NULL");
                accepted.Add(table);
            }
            catch (DbException e) when (StoreRefusal.Of(e).Kind == RefusalKind.NotNull)
            {
            }
        }

        Assert.Equal(
            ["activity_definitions", "activity_groups", "activity_instances", "fractal_owners", "goals", "metric_definitions", "metric_values", "programs", "session_templates", "split_definitions"],
            tables);
        Assert.Empty(accepted);
    }

    [Fact]
    public void The_database_refuses_an_unknown_goal_type()
    {
        var error = Assert.ThrowsAny<DbException>(() => Sql.Execute(_database,
            "INSERT INTO goals (id, type, name, description, completed, sort_order, root_id) VALUES ('epic', 'EpicGoal', 'x', '', @no, 0, 'epic')", ("@no", false)));

        Assert.Equal(new StoreRefusal(RefusalKind.Check, "valid_goal_type"), StoreRefusal.Of(error));
    }

    /// <summary>ADR 0043: at most one value per (instance, metric, split-or-none) — with no split too, where NULLs would not collide.</summary>
    [Fact]
    public void The_database_refuses_a_second_metric_value_in_one_slot_with_or_without_a_split()
    {
        const string insert = "INSERT INTO metric_values (id, activity_instance_id, metric_definition_id, value, root_id, split_definition_id) VALUES (@id, @instance, @metric, 1, @root, @split)";
        (string, object?)[] Value(string id, string metric, string? split) =>
            [("@id", id), ("@instance", _first.Instance.Id.Value), ("@metric", metric), ("@root", _first.Root.Id.Value), ("@split", split)];
        var weight = _first.Activity.Metrics.Single(m => m.Name == "Weight").Id.Value;

        var noSplit = Assert.ThrowsAny<DbException>(() => Sql.Execute(_database, insert, Value("v1", _first.Reps.Id.Value, null)));
        var sameSplit = Assert.ThrowsAny<DbException>(() => Sql.Execute(_database, insert, Value("v2", weight, _first.Left.Id.Value)));
        Sql.Execute(_database, insert, Value("v3", _first.Reps.Id.Value, _first.Left.Id.Value));   // another slot of the same metric

        Assert.Equal(new StoreRefusal(RefusalKind.Unique, "ix_metric_values_slot"), StoreRefusal.Of(noSplit));
        Assert.Equal(new StoreRefusal(RefusalKind.Unique, "ix_metric_values_slot"), StoreRefusal.Of(sameSplit));
        Assert.Equal(3L, Sql.Scalar(_database, "SELECT count(*) FROM metric_values WHERE activity_instance_id = @instance", ("@instance", _first.Instance.Id.Value)));
    }

    [Fact]
    public void The_database_refuses_a_metric_value_for_a_missing_metric_definition()
    {
        var error = Assert.ThrowsAny<DbException>(() => Sql.Execute(_database,
            "INSERT INTO metric_values (id, activity_instance_id, metric_definition_id, value, root_id) VALUES ('v', @instance, 'no-such-metric', 1, @root)",
            ("@instance", _first.Instance.Id.Value), ("@root", _first.Root.Id.Value)));

        Assert.Equal(RefusalKind.ForeignKey, StoreRefusal.Of(error).Kind);
        Assert.Equal(0L, Sql.Scalar(_database, "SELECT count(*) FROM metric_values WHERE id = 'v'"));
    }

    [Fact]
    public async Task A_contexts_own_connection_enforces_foreign_keys_too()
    {
        await using var db = _database.NewContext();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO metric_values (id, activity_instance_id, metric_definition_id, value, root_id) VALUES ('v', {0}, 'no-such-metric', 1, {1})",
            [_first.Instance.Id.Value, _first.Root.Id.Value], Token));

        Assert.Equal(RefusalKind.ForeignKey, StoreRefusal.Of(error).Kind);
    }

    [Fact]
    public async Task Hard_deleting_a_metric_definition_that_still_has_values_is_refused_by_the_database()
    {
        await using var db = _database.NewContext();
        var activity = await db.Set<ActivityDefinition>().SingleAsync(a => a.Id == _first.Activity.Id, Token);
        activity.RemoveMetric(_first.Reps.Id, hasValues: false, SampleFractal.Created);   // a caller that got hasValues wrong

        var error = await Assert.ThrowsAsync<ConstraintViolationException>(() => db.SaveChangesAsync(Token));

        Assert.Equal(ConstraintKind.ForeignKey, error.Kind);
        Assert.Equal(RefusalKind.ForeignKey, StoreRefusal.Of(error).Kind);
        Assert.Equal(1L, Sql.Scalar(_database, "SELECT count(*) FROM metric_definitions WHERE id = @id", ("@id", _first.Reps.Id.Value)));
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]
    public async Task A_contexts_connection_has_foreign_keys_on_a_busy_timeout_and_a_wal_journal()
    {
        await using var db = _database.NewContext();
        await db.Database.OpenConnectionAsync(Token);
        var connection = db.Database.GetDbConnection();

        Assert.Equal(1L, await PragmaAsync(connection, "foreign_keys"));
        Assert.Equal((long)SqliteConnectionPragmas.BusyTimeoutMilliseconds, await PragmaAsync(connection, "busy_timeout"));
        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]
    public async Task Foreign_keys_are_switched_on_even_for_a_connection_string_that_does_not_ask_for_them()
    {
        var options = InfrastructureServices.Configure(new DbContextOptionsBuilder<FractalGoalsDbContext>(), $"Data Source={_database.FilePath}").Options;
        await using var db = new FractalGoalsDbContext(options, _database.Clock);
        await db.Database.OpenConnectionAsync(Token);

        Assert.Equal(1L, await PragmaAsync(db.Database.GetDbConnection(), "foreign_keys"));
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]
    public void A_hand_made_connection_from_the_normalised_string_has_foreign_keys_on()
    {
        using var connection = _database.OpenConnection();

        Assert.Equal(1L, Sql.Rows(connection, "PRAGMA foreign_keys").Single()[0]);
    }

    private List<string> TablesWithRootId() =>
        [.. Sql.Rows(_database, _database.IsPostgres
                ? "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'root_id'"
                : "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'root_id'")
            .Select(r => (string)r[0]!).Order(StringComparer.Ordinal)];

    private static async Task<object?> PragmaAsync(DbConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return await command.ExecuteScalarAsync(Token);
    }
}
