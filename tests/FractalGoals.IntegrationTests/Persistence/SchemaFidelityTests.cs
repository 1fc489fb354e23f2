using FractalGoals.Infrastructure.Persistence;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// A database built from our migrations has the reference database's tables, columns and named indexes, with
/// exactly the intended differences of ADR 0019 (listed here once, so an unintended drift fails the build).
/// </summary>
[Trait("Provider", "SqliteOnly")]   // PostgreSQL counterpart: PostgresSchemaTests
public sealed class SchemaFidelityTests : IAsyncLifetime
{
    // ADR 0019: every owned table's root_id is NOT NULL, every text primary key is NOT NULL, and so is every
    // column the domain never leaves empty (flags, sort orders, descriptions; each keeps its legacy default).
    private static readonly HashSet<string> AddedNotNull =
    [
        "goals.root_id", "metric_definitions.root_id", "split_definitions.root_id", "activity_instances.root_id", "metric_values.root_id",
        "goals.id", "activity_definitions.id", "metric_definitions.id", "activity_instances.id", "metric_values.id", "programs.id",
        "goals.description", "goals.completed", "goals.sort_order",
        "activity_groups.description",
        "activity_definitions.description", "activity_definitions.has_sets", "activity_definitions.has_metrics",
        "activity_definitions.metrics_multiplicative", "activity_definitions.has_splits",
        "metric_definitions.is_active", "metric_definitions.is_top_set_metric", "metric_definitions.is_multiplicative", "metric_definitions.sort_order",
        "activity_instances.sort_order", "activity_instances.completed",
        "session_templates.description",
        "programs.description", "programs.is_active",
    ];

    // ADR 0019: STRING has NUMERIC affinity in SQLite ('007' would become 7); these columns are TEXT.
    private static readonly HashSet<string> StringBecomesText =
    [
        "metric_definitions.root_id", "split_definitions.root_id", "activity_definitions.group_id", "activity_instances.root_id",
        "activity_instances.notes", "activity_instances.data", "metric_values.root_id", "metric_values.split_definition_id",
    ];

    // ADR 0019: CURRENT_TIMESTAMP is UTC in SQLite; the application always writes local time, so the default is dropped.
    private static readonly HashSet<string> DroppedUtcDefault =
        ["goals.created_at", "activity_definitions.created_at", "metric_definitions.created_at", "activity_instances.created_at"];

    // ADR 0019 (7), ADR 0033: the program tree is read from a program down its foreign keys, which the reference never indexed;
    // ADR 0019 (8), ADR 0034: the fractal list's aggregate; ADR 0043: at most one metric value per (instance, metric, split-or-none).
    private static readonly HashSet<string> AddedIndexes =
    [
        "ix_program_blocks_program ON program_blocks(program_id)", "ix_program_days_block ON program_days(block_id)",
        "ix_scheduled_sessions_day ON scheduled_sessions(day_id)",
        "ix_goals_root_stamp ON goals(root_id, deleted_at, parent_id, updated_at)",   // ADR 0019 (8), ADR 0034
        "ix_metric_values_slot ON metric_values(activity_instance_id, metric_definition_id, COALESCE(split_definition_id,'')) UNIQUE",   // ADR 0043
        // ADR 0051: the account tables' lookups (Identity's two, renamed) and the foreign keys the convention no longer indexes
        "ix_users_normalized_user_name ON users(normalized_user_name) UNIQUE", "ix_users_normalized_email ON users(normalized_email)",
        "ix_user_claims_user ON user_claims(user_id)", "ix_user_logins_user ON user_logins(user_id)", "ix_fractal_owners_user ON fractal_owners(user_id)",
    ];

    // ADR 0051: tables the reference does not have — ASP.NET Core Identity's user store (no roles) and the owners of
    // fractals. Their text and composite primary keys bring SQLite's automatic indexes.
    private static readonly HashSet<string> AddedTables = ["users", "user_claims", "user_logins", "user_tokens", "fractal_owners"];

    private static readonly HashSet<string> AddedAutomaticIndexes =
        ["sqlite_autoindex_users_1", "sqlite_autoindex_user_logins_1", "sqlite_autoindex_user_tokens_1", "sqlite_autoindex_fractal_owners_1"];

    private SqliteSchema _reference = null!;
    private SqliteSchema _ours = null!;
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, TestContext.Current.CancellationToken);
        _reference = SqliteSchema.Read(LegacyFixtures.PostMigrationReference);
        _ours = SqliteSchema.Read(_database.FilePath);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public void Every_reference_table_exists_and_no_other_but_the_listed_additions()
    {
        Assert.Equal(_reference.Tables.Keys.Concat(AddedTables).Order(), _ours.Tables.Keys.Order());
    }

    public static TheoryData<string> ReferenceTables() =>
        [.. SqliteSchema.Read(LegacyFixtures.PostMigrationReference).Tables.Keys.Order()];

    [Theory]
    [MemberData(nameof(ReferenceTables))]
    public void Table_has_the_reference_columns_in_order_with_only_the_listed_differences(string table)
    {
        var expected = _reference.Tables[table].Select(Intended).ToList();
        var actual = _ours.Tables[table];

        Assert.Equal(expected, actual);

        SqliteColumn Intended(SqliteColumn column)
        {
            var key = $"{table}.{column.Name}";
            return column with
            {
                Type = StringBecomesText.Contains(key) ? "TEXT" : column.Type,
                NotNull = column.NotNull || AddedNotNull.Contains(key),
                Default = DroppedUtcDefault.Contains(key) ? null : column.Default,
            };
        }
    }

    [Fact]
    public void Every_named_reference_index_exists_with_the_same_table_keys_order_and_filter()
    {
        var expected = _reference.Indexes.Values.Where(i => i.Name.StartsWith("idx_", StringComparison.Ordinal)).OrderBy(i => i.Name).ToList();
        var actual = _ours.Indexes.Values.Where(i => i.Name.StartsWith("idx_", StringComparison.Ordinal)).OrderBy(i => i.Name).ToList();

        Assert.Equal(28, expected.Count);
        Assert.Equal(expected.Select(Describe), actual.Select(Describe));
    }

    [Fact]
    public void The_only_other_indexes_are_the_automatic_primary_key_ones_and_the_listed_additions()
    {
        var others = _ours.Indexes.Keys.Where(n => !n.StartsWith("idx_", StringComparison.Ordinal)).Order().ToList();
        var added = _ours.Indexes.Values.Where(i => i.Name.StartsWith("ix_", StringComparison.Ordinal)).ToList();

        Assert.Equal(_reference.Indexes.Keys.Where(n => !n.StartsWith("idx_", StringComparison.Ordinal)).Concat(AddedAutomaticIndexes).Concat(added.Select(i => i.Name)).Order(), others);
        Assert.Equal(AddedIndexes.Order(), added.Select(Describe).Order());
    }

    private static string Describe(SqliteIndex index) =>
        $"{index.Name} ON {index.Table}({string.Join(", ", index.Keys)}){(index.Unique ? " UNIQUE" : "")}{(index.Where is null ? "" : " WHERE " + index.Where)}";
}
