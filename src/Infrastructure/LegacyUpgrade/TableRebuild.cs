using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// SQLite's 12-step table rebuild for the whole file, in one transaction on the working copy (issue 6 point 4):
/// legacy tables renamed aside, our tables created from the freshly migrated schema's own SQL, every carried row
/// inserted with one INSERT … SELECT per table (keeping its rowid), quarantined rows moved with their reason, legacy tables dropped, the 28 indexes and
/// the migrations history created, then <c>foreign_key_check</c> before commit. Foreign-key enforcement is OFF
/// throughout: with it on, dropping the legacy <c>goals</c> fires its declared cascades and deletes most rows.
/// </summary>
public static class TableRebuild
{
    private const string Old = "_upgrade_old_";

    public static async Task RunAsync(
        SqliteConnection connection, SchemaSnapshot source, UpgradePlan plan, TargetSchema target, UpgradeFaults faults, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(faults);
        // must be set outside a transaction, or SQLite ignores it
        await Sql.ExecuteAsync(connection, "PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON;", cancellationToken);
        if (await Sql.ScalarAsync(connection, "PRAGMA foreign_keys", cancellationToken) is not 0L)
            throw new UpgradeFailedException("could not switch foreign-key enforcement off for the rebuild");
        await using var transaction = connection.BeginTransaction();

        faults.At(UpgradeSteps.RenameLegacy);
        await Sql.ExecuteAsync(connection, $"DROP TABLE IF EXISTS {Sql.Name(TargetSchema.LockTable)}", cancellationToken, transaction);
        foreach (var index in source.Indexes.Where(i => !i.IsAutomatic))
            await Sql.ExecuteAsync(connection, $"DROP INDEX {Sql.Name(index.Name)}", cancellationToken, transaction);
        foreach (var table in source.Tables.Keys)
            await Sql.ExecuteAsync(connection, $"ALTER TABLE {Sql.Name(table)} RENAME TO {Sql.Name(Old + table)}", cancellationToken, transaction);

        faults.At(UpgradeSteps.CreateTables);
        foreach (var table in target.DataTables)
            await Sql.ExecuteAsync(connection, table.Sql, cancellationToken, transaction);

        faults.At(UpgradeSteps.CopyRows);
        foreach (var table in target.DataTables)
            foreach (var legacy in TableMapping.SourcesOf(table.Name, source))
                await CopyAsync(connection, transaction, source.Table(legacy)!, target.Table(table.Name), cancellationToken);

        faults.At(UpgradeSteps.QuarantineRows);
        foreach (var legacy in source.Tables.Values.Where(t => plan.QuarantinedIn(t.Name) > 0))
            await QuarantineAsync(connection, transaction, legacy.Name, cancellationToken);
        if (source.Table("practice_session_goals") is { } links && links.Has("created_at"))   // era (a): link ids and dates have no column in ours
            await Sql.ExecuteAsync(connection,
                $"CREATE TABLE \"_archive_practice_session_goals\" AS SELECT * FROM {Sql.Name(Old + "practice_session_goals")}", cancellationToken, transaction);

        faults.At(UpgradeSteps.DropLegacy);
        foreach (var table in source.Tables.Keys)
            await Sql.ExecuteAsync(connection, $"DROP TABLE {Sql.Name(Old + table)}", cancellationToken, transaction);

        faults.At(UpgradeSteps.CreateIndexes);
        foreach (var index in target.NamedIndexes)
            await Sql.ExecuteAsync(connection, index.Sql!, cancellationToken, transaction);

        faults.At(UpgradeSteps.Stamp);
        await Sql.ExecuteAsync(connection, target.Table(TargetSchema.HistoryTable).Sql, cancellationToken, transaction);
        foreach (var (id, version) in target.History)
        {
            await using var stamp = connection.CreateCommand();
            stamp.Transaction = transaction;
            stamp.CommandText = $"INSERT INTO {Sql.Name(TargetSchema.HistoryTable)} (MigrationId, ProductVersion) VALUES ($id, $version)";
            stamp.Parameters.AddWithValue("$id", id);
            stamp.Parameters.AddWithValue("$version", version);
            await stamp.ExecuteNonQueryAsync(cancellationToken);
        }

        faults.At(UpgradeSteps.ForeignKeyCheck);
        var dangling = await Sql.LinesAsync(connection, "PRAGMA foreign_key_check", cancellationToken, transaction);
        if (dangling.Count > 0)
            throw new UpgradeFailedException($"foreign_key_check found {dangling.Count} dangling references after the rebuild (first: {dangling[0]})");

        faults.At(UpgradeSteps.Commit);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// One set-based copy per legacy table (issue 14 point 6): the carried rows, in file order, joined to their plan row,
    /// each column's value from <see cref="Preflight.ValueSql"/>; rowids kept (insertion order, ADR 0021) except for
    /// era (a) sessions, which join goals after its own rows.
    /// </summary>
    private static async Task CopyAsync(SqliteConnection connection, SqliteTransaction transaction, TableInfo legacy, TableInfo table, CancellationToken cancellationToken)
    {
        var keepRowId = legacy.Name != TableMapping.PracticeSessions;
        var columns = (keepRowId ? ["rowid"] : Array.Empty<string>()).Concat(table.Columns.Select(c => Sql.Name(c.Name)));
        var values = (keepRowId ? ["s.rowid"] : Array.Empty<string>()).Concat(table.Columns.Select(c => Preflight.ValueSql(legacy, table, c)));
        await ExecuteAsync(connection, transaction, $"""
            INSERT INTO main.{Sql.Name(table.Name)} ({string.Join(", ", columns)})
            SELECT {string.Join(", ", values)}
            FROM main.{Sql.Name(Old + legacy.Name)} s JOIN temp.{Sql.Name(Preflight.PlanTable(table.Name))} p ON p.src = {Sql.Literal(legacy.Name)} AND p.rid = s.rowid
            WHERE p.reason IS NULL ORDER BY s.rowid
            """, cancellationToken);
    }

    private static async Task QuarantineAsync(SqliteConnection connection, SqliteTransaction transaction, string sourceTable, CancellationToken cancellationToken)
    {
        var quarantine = Sql.Name(QuarantineTable(sourceTable));
        var old = Sql.Name(Old + sourceTable);
        await Sql.ExecuteAsync(connection,
            $"CREATE TABLE {quarantine} AS SELECT * FROM {old} WHERE 0; " +
            $"ALTER TABLE {quarantine} ADD COLUMN \"_quarantine_source_rowid\" INTEGER; " +
            $"ALTER TABLE {quarantine} ADD COLUMN \"_quarantine_reason\" TEXT;", cancellationToken, transaction);
        await ExecuteAsync(connection, transaction, $"""
            INSERT INTO {quarantine}
            SELECT s.*, s.rowid, p.reason
            FROM main.{old} s JOIN temp.{Sql.Name(Preflight.PlanTable(TableMapping.TargetOf(sourceTable)))} p ON p.src = {Sql.Literal(sourceTable)} AND p.rid = s.rowid
            WHERE p.reason IS NOT NULL ORDER BY s.rowid
            """, cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static string QuarantineTable(string sourceTable) => "_quarantine_" + sourceTable;
}
