using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// SQLite's 12-step table rebuild for the whole file, in one transaction on the working copy (issue 6 point 4):
/// legacy tables renamed aside, our tables created from the freshly migrated schema's own SQL, every planned row
/// inserted (keeping its rowid), quarantined rows moved with their reason, legacy tables dropped, the 28 indexes and
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
            await InsertAsync(connection, transaction, target.Table(table.Name), plan.Rows.Where(r => r.TargetTable == table.Name), cancellationToken);

        faults.At(UpgradeSteps.QuarantineRows);
        foreach (var group in plan.Quarantined.GroupBy(q => q.Source.Table))
            await QuarantineAsync(connection, transaction, group.Key, group, cancellationToken);
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

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, TableInfo table, IEnumerable<PlannedRow> rows, CancellationToken cancellationToken)
    {
        var columns = table.Columns.Select(c => c.Name).ToList();
        SqliteCommand? withRowId = null, withoutRowId = null;
        try
        {
            foreach (var row in rows)
            {
                var command = row.KeepRowId
                    ? withRowId ??= Prepare(connection, transaction, table.Name, columns, rowId: true)
                    : withoutRowId ??= Prepare(connection, transaction, table.Name, columns, rowId: false);
                if (row.KeepRowId) command.Parameters["$rowid"].Value = row.Source.RowId;
                for (var i = 0; i < columns.Count; i++)
                    command.Parameters["$p" + i].Value = row.Values[columns[i]] ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (withRowId is not null) await withRowId.DisposeAsync();
            if (withoutRowId is not null) await withoutRowId.DisposeAsync();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string table, List<string> columns, bool rowId)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = (rowId ? ["rowid"] : Array.Empty<string>()).Concat(columns.Select(Sql.Name));
        var values = (rowId ? ["$rowid"] : Array.Empty<string>()).Concat(columns.Select((_, i) => "$p" + i));
        command.CommandText = $"INSERT INTO {Sql.Name(table)} ({string.Join(", ", names)}) VALUES ({string.Join(", ", values)})";
        if (rowId) command.Parameters.Add(new SqliteParameter("$rowid", null));
        for (var i = 0; i < columns.Count; i++) command.Parameters.Add(new SqliteParameter("$p" + i, null));
        return command;
    }

    private static async Task QuarantineAsync(SqliteConnection connection, SqliteTransaction transaction, string sourceTable, IEnumerable<QuarantinedRow> rows, CancellationToken cancellationToken)
    {
        var quarantine = Sql.Name(QuarantineTable(sourceTable));
        var old = Sql.Name(Old + sourceTable);
        await Sql.ExecuteAsync(connection,
            $"CREATE TABLE {quarantine} AS SELECT * FROM {old} WHERE 0; " +
            $"ALTER TABLE {quarantine} ADD COLUMN \"_quarantine_source_rowid\" INTEGER; " +
            $"ALTER TABLE {quarantine} ADD COLUMN \"_quarantine_reason\" TEXT;", cancellationToken, transaction);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {quarantine} SELECT *, rowid, $reason FROM {old} WHERE rowid = $rowid";
        var rowid = command.Parameters.Add(new SqliteParameter("$rowid", null));
        var reason = command.Parameters.Add(new SqliteParameter("$reason", null));
        foreach (var row in rows)
        {
            rowid.Value = row.Source.RowId;
            reason.Value = row.Reason;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static string QuarantineTable(string sourceTable) => "_quarantine_" + sourceTable;
}
