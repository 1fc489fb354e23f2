using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// What must hold for any database of ours, upgraded or not (used by the upgrade's verification and by
/// <c>db verify</c>): integrity, no dangling reference, no NULL root_id, every root_id the top of its tree (and the
/// owner's for owned rows), the schema and indexes of a freshly migrated database, our migrations history.
/// </summary>
public static class InvariantChecks
{
    private static readonly string[] FractalScoped = ["activity_groups", "activity_definitions", "session_templates", "programs"];

    private const string FractalRoots = "SELECT id FROM goals WHERE parent_id IS NULL AND type <> 'PracticeSession'";

    public static async Task<IReadOnlyList<UpgradeCheck>> RunAsync(SqliteConnection connection, TargetSchema target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(target);
        var checks = new List<UpgradeCheck>();
        var integrity = await Sql.LinesAsync(connection, "PRAGMA integrity_check", cancellationToken);
        checks.Add(new UpgradeCheck("integrity_check", integrity is ["ok"], string.Join("; ", integrity.Take(3))));
        var schema = await SchemaInspector.ReadAsync(connection, cancellationToken);
        var differences = SchemaComparison.Differences(schema, target.Snapshot);
        checks.Add(new UpgradeCheck("schema and indexes equal a freshly migrated database", differences.Count == 0,
            differences.Count == 0 ? $"{target.DataTables.Count()} tables, {target.NamedIndexes.Count()} named indexes" : string.Join("; ", differences.Take(5))));
        if (differences.Any(d => d.StartsWith("table", StringComparison.Ordinal))) return checks;   // the queries below need our tables

        var dangling = await Sql.LinesAsync(connection, "PRAGMA foreign_key_check", cancellationToken);
        checks.Add(new UpgradeCheck("foreign_key_check", dangling.Count == 0, dangling.Count == 0 ? "no dangling reference" : $"{dangling.Count} dangling, first {dangling[0]}"));

        var history = await Sql.LinesAsync(connection, $"SELECT MigrationId FROM {TargetSchema.HistoryTable} ORDER BY MigrationId", cancellationToken);
        var ours = target.History.Select(h => h.Id).ToList();
        checks.Add(new UpgradeCheck("migrations history stamped", history.SequenceEqual(ours), string.Join(", ", history)));

        var nullRoots = new List<string>();
        foreach (var table in target.DataTables.Where(t => t.Has("root_id")))
        {
            var count = (long)(await Sql.ScalarAsync(connection, $"SELECT COUNT(*) FROM {Sql.Name(table.Name)} WHERE root_id IS NULL", cancellationToken))!;
            if (count > 0) nullRoots.Add($"{table.Name}: {count}");
        }
        checks.Add(new UpgradeCheck("no NULL root_id", nullRoots.Count == 0, nullRoots.Count == 0 ? "0 in every table" : string.Join(", ", nullRoots)));

        checks.Add(await ZeroAsync(connection, "every goal's root_id is the top of its tree", TreeRootMismatches, cancellationToken));
        checks.Add(await ZeroAsync(connection, "every parentless session belongs to an existing fractal",
            $"SELECT COUNT(*) FROM goals WHERE type = 'PracticeSession' AND parent_id IS NULL AND root_id NOT IN ({FractalRoots})", cancellationToken));
        checks.Add(await ZeroAsync(connection, "owned rows carry their owner's root_id",
            """
            SELECT (SELECT COUNT(*) FROM activity_instances i JOIN goals s ON s.id = i.practice_session_id WHERE i.root_id <> s.root_id)
                 + (SELECT COUNT(*) FROM metric_values v JOIN activity_instances i ON i.id = v.activity_instance_id WHERE v.root_id <> i.root_id)
                 + (SELECT COUNT(*) FROM metric_definitions m JOIN activity_definitions a ON a.id = m.activity_id WHERE m.root_id <> a.root_id)
                 + (SELECT COUNT(*) FROM split_definitions s JOIN activity_definitions a ON a.id = s.activity_id WHERE s.root_id <> a.root_id)
            """, cancellationToken));
        checks.Add(await ZeroAsync(connection, "fractal-scoped rows belong to an existing fractal",
            "SELECT " + string.Join(" + ", FractalScoped.Select(t => $"(SELECT COUNT(*) FROM {t} WHERE root_id NOT IN ({FractalRoots}))")), cancellationToken));
        return checks;
    }

    /// <summary>Goals whose root_id differs from the top of their parent chain (a parentless session's subtree: its fractal).</summary>
    private const string TreeRootMismatches = """
        WITH RECURSIVE up(id, ancestor, depth) AS (
            SELECT id, id, 0 FROM goals
            UNION ALL
            SELECT up.id, g.parent_id, up.depth + 1 FROM up JOIN goals g ON g.id = up.ancestor
            WHERE g.parent_id IS NOT NULL AND up.depth < 100),
        top(id, top_id) AS (
            SELECT up.id, up.ancestor FROM up JOIN goals a ON a.id = up.ancestor WHERE a.parent_id IS NULL)
        SELECT (SELECT COUNT(*) FROM goals WHERE id NOT IN (SELECT id FROM top))
             + (SELECT COUNT(*) FROM goals g JOIN top t ON t.id = g.id JOIN goals r ON r.id = t.top_id
                WHERE g.root_id IS NOT (CASE WHEN r.type = 'PracticeSession' THEN r.root_id ELSE r.id END))
        """;

    private static async Task<UpgradeCheck> ZeroAsync(SqliteConnection connection, string name, string sql, CancellationToken cancellationToken)
    {
        var count = (long)(await Sql.ScalarAsync(connection, sql, cancellationToken))!;
        return new UpgradeCheck(name, count == 0, $"{count} violating rows");
    }
}
