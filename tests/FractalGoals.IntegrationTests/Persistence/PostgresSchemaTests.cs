using FractalGoals.Infrastructure.Persistence;
using FractalGoals.Infrastructure.Persistence.Postgres;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// The PostgreSQL migration set builds the same schema as the SQLite one (ADR 0026), read from pg_catalog and
/// compared with a database our SQLite migrations built: tables and columns in order, nullability, constraints,
/// foreign-key actions, the 28 named indexes with their keys, sort orders and partial predicates; plus what only
/// PostgreSQL needs: its column types, the "C" collation of every text column, and an identity insertion_order on
/// the seven child tables whose order SQLite keeps in its rowid (ADR 0021). And the hot queries can be answered from
/// their intended index (the counterpart of QueryPlanTests).
/// </summary>
[Trait("Provider", "PostgresOnly")]
public sealed class PostgresSchemaTests(PostgresBusyFractals fixture) : IClassFixture<PostgresBusyFractals>, IAsyncLifetime
{
    private readonly BusyFractals data = fixture.Data;

    private static readonly HashSet<string> InsertionOrdered =
        ["practice_session_goals", "metric_definitions", "split_definitions", "metric_values", "program_blocks", "program_days", "scheduled_sessions"];

    private static readonly Dictionary<string, string> TypeOf = new()
    {
        ["TEXT"] = "text", ["VARCHAR"] = "character varying", ["TIMESTAMP"] = "timestamp without time zone", ["DATETIME"] = "timestamp without time zone",
        ["DATE"] = "date", ["BOOLEAN"] = "boolean", ["INTEGER"] = "integer", ["FLOAT"] = "double precision",
    };

    // ADR 0051: Identity's DateTimeOffset keeps each provider's own mapping (TEXT with its offset on SQLite).
    private static readonly Dictionary<string, string> ProviderTyped = new() { ["users.lockout_end"] = "timestamp with time zone" };

    // PostgreSQL prints a predicate its own way; the meaning is SQLite's (left, normalised as SqliteSchema does).
    private static readonly Dictionary<string, string> SamePredicate = new()
    {
        ["completed=1"] = "(completed=true)",
        ["is_active=1"] = "(is_active=true)",
        ["type='PracticeSession'"] = "(type='PracticeSession'::text)",
    };

    // An expression key the same way: SQLite's (left, normalised as SqliteSchema does) as PostgreSQL prints it.
    private static readonly Dictionary<string, string> SameExpression = new()
    {
        ["COALESCE(split_definition_id,'')"] = "COALESCE(split_definition_id,''::text)",
    };

    private TestDatabase _sqlite = null!;
    private SqliteSchema _expected = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _sqlite = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Token);
        _expected = SqliteSchema.Read(_sqlite.FilePath);
    }

    public ValueTask DisposeAsync() => _sqlite.DisposeAsync();

    [Fact]
    public void Every_table_has_the_sqlite_columns_in_order_with_the_same_nullability_and_the_mapped_types()
    {
        var columns = Sql.Rows(data.Database, """
            SELECT table_name, column_name, data_type, is_nullable, collation_name, is_identity
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_%' ORDER BY table_name, ordinal_position
            """).GroupBy(r => (string)r[0]!).ToDictionary(g => g.Key, g => g.ToList());
        var keys = PrimaryKeyColumns();

        Assert.Equal(_expected.Tables.Keys.Order(StringComparer.Ordinal), columns.Keys.Order(StringComparer.Ordinal));
        var differences = new List<string>();
        foreach (var (table, expected) in _expected.Tables)
        {
            var actual = columns[table];
            var names = expected.Select(c => c.Name).Concat(InsertionOrdered.Contains(table) ? [PostgresFractalGoalsDbContext.InsertionOrderColumn] : []);
            if (!names.SequenceEqual(actual.Select(r => (string)r[1]!))) differences.Add($"{table}: columns {string.Join(",", actual.Select(r => r[1]))}");
            foreach (var column in expected)
            {
                var row = actual.SingleOrDefault(r => (string)r[1]! == column.Name);
                if (row is null) continue;
                var notNull = (string)row[3]! == "NO";
                if (notNull != (column.NotNull || keys.Contains($"{table}.{column.Name}"))) differences.Add($"{table}.{column.Name}: NOT NULL {notNull}");
                if ((string)row[2]! != ProviderTyped.GetValueOrDefault($"{table}.{column.Name}", TypeOf[column.Type])) differences.Add($"{table}.{column.Name}: {row[2]} for {column.Type}");
                if (row[2] is "text" or "character varying" && (string?)row[4] != PostgresFractalGoalsDbContext.TextCollation)
                    differences.Add($"{table}.{column.Name}: collation {row[4] ?? "default"}");
            }
            if (InsertionOrdered.Contains(table))
            {
                var order = actual.Single(r => (string)r[1]! == PostgresFractalGoalsDbContext.InsertionOrderColumn);
                if ((string)order[2]! != "bigint" || (string)order[5]! != "YES") differences.Add($"{table}.insertion_order: {order[2]}, identity {order[5]}");
            }
        }

        Assert.Empty(differences);
    }

    [Fact]
    public void The_28_named_indexes_and_the_added_ones_have_the_sqlite_tables_keys_sort_orders_and_predicates()
    {
        var actual = Sql.Rows(data.Database, """
            SELECT i.relname, t.relname, x.indisunique,
                   (SELECT string_agg(CASE WHEN k.attnum = 0 THEN pg_get_indexdef(x.indexrelid, k.n::int, true) ELSE a.attname END
                                      || CASE WHEN (x.indoption[k.n - 1] & 1) = 1 THEN ' DESC' ELSE '' END, '|' ORDER BY k.n)
                      FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, n) LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum),
                   pg_get_expr(x.indpred, x.indrelid)
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace
            WHERE s.nspname = 'public' AND (i.relname LIKE 'idx\_%' OR i.relname LIKE 'ix\_%')
            """).ToDictionary(r => (string)r[0]!, r => $"{r[1]}({Keys((string)r[3]!)}) unique={r[2]} where {Normalise((string?)r[4])}");
        var expected = _expected.Indexes.Values.Where(i => i.Name.StartsWith("idx_", StringComparison.Ordinal) || i.Name.StartsWith("ix_", StringComparison.Ordinal)).ToDictionary(
            i => i.Name, i => $"{i.Table}({string.Join(",", i.Keys.Select(k => SameExpression.GetValueOrDefault(k, k)))}) unique={(i.Unique ? 1 : 0)} where {(i.Where is null ? "" : SamePredicate[i.Where])}");

        Assert.Equal(28 + 5 + 5, expected.Count);   // ADR 0019 (7): the program tree's foreign keys; (8): the fractal list stamp; ADR 0043: the metric-value slot; ADR 0051: the account tables' 5

        // a column by name, an expression key (attnum 0) as PostgreSQL prints it, normalised
        static string Keys(string keys) => string.Join(",", keys.Split('|').Select(k => k.Contains('(', StringComparison.Ordinal) ? Normalise(k) : k));
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), actual.OrderBy(a => a.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_foreign_key_has_the_sqlite_columns_target_and_delete_action_and_goal_types_are_checked()
    {
        var expected = _expected.Tables.Keys.SelectMany(table => Sql.Rows(_sqlite, $"SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list('{table}')")
            .Select(r => $"{table}.{r[1]} -> {r[0]} ON DELETE {r[2]}")).Order(StringComparer.Ordinal);
        var actual = Sql.Rows(data.Database, """
            SELECT t.relname || '.' || a.attname || ' -> ' || r.relname || ' ON DELETE ' ||
                   CASE c.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' ELSE 'SET DEFAULT' END
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f'
            """).Select(r => (string)r[0]!).Order(StringComparer.Ordinal);
        var check = Sql.Scalar(data.Database, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'valid_goal_type'");

        Assert.Equal(expected, actual);
        Assert.Contains("'PracticeSession'", (string)check!, StringComparison.Ordinal);
    }

    public static TheoryData<string> HotQueryNames() => ["instances of a fractal, newest first", "values of one metric in a fractal",
        "the 20 newest sessions of a fractal", "goals of a fractal by type", "active metric definitions of an activity", "completed goals of a fractal"];

    [Theory]
    [MemberData(nameof(HotQueryNames))]
    public void A_hot_query_can_be_answered_from_its_intended_index(string name)
    {
        var root = data.Root(1).Id.Value;
        var activity = data.Activities[1];
        var (table, sql, index) = name switch
        {
            "instances of a fractal, newest first" => ("activity_instances", $"SELECT * FROM activity_instances WHERE root_id = '{root}' ORDER BY created_at DESC", "idx_activity_instances_root_date"),
            "values of one metric in a fractal" => ("metric_values", $"SELECT * FROM metric_values WHERE root_id = '{root}' AND metric_definition_id = '{activity.Metrics[0].Id.Value}'", "idx_metric_values_root_metric"),
            "the 20 newest sessions of a fractal" => ("goals", $"SELECT * FROM goals WHERE root_id = '{root}' AND type = 'PracticeSession' ORDER BY created_at DESC LIMIT 20", "idx_goals_practice_sessions"),
            "goals of a fractal by type" => ("goals", $"SELECT * FROM goals WHERE root_id = '{root}' AND type = 'ShortTermGoal'", "idx_goals_root_type"),
            "active metric definitions of an activity" => ("metric_definitions", $"SELECT * FROM metric_definitions WHERE activity_id = '{activity.Id.Value}' AND is_active", "idx_metric_definitions_active"),
            _ => ("goals", $"SELECT * FROM goals WHERE root_id = '{root}' AND completed", "idx_goals_completed"),
        };
        using var connection = data.Database.OpenConnection();

        // A few hundred rows fit a page or two, where a sequential scan (and a sort) is cheapest; forbidding both asks
        // whether an index serves the query, its order included, and which one the planner then prefers.
        Sql.Rows(connection, "SET enable_seqscan = off");
        Sql.Rows(connection, "SET enable_sort = off");
        var plan = Sql.Rows(connection, "EXPLAIN " + sql).Select(r => (string)r[0]!).ToList();

        var shown = string.Join(" | ", plan);
        Assert.True(plan.Any(p => p.Contains($" using {index} on {table}", StringComparison.Ordinal) || p.Contains($" on {index}", StringComparison.Ordinal)),
            $"expected {index}, plan: {shown}");
        Assert.DoesNotContain(plan, p => p.Contains($"Seq Scan on {table}", StringComparison.Ordinal));
        if (sql.Contains("ORDER BY", StringComparison.Ordinal))
            Assert.DoesNotContain(plan, p => p.Contains("Sort  (cost", StringComparison.Ordinal));   // the index gives the order
    }

    private HashSet<string> PrimaryKeyColumns() =>
    [
        .. Sql.Rows(data.Database, """
            SELECT t.relname || '.' || a.attname FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (x.indkey) WHERE x.indisprimary
            """).Select(r => (string)r[0]!),
    ];

    private static string Normalise(string? predicate) =>
        predicate is null ? "" : new(predicate.Replace("\"", "", StringComparison.Ordinal).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
