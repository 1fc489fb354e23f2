using System.Data.Common;
using System.Globalization;
using FractalGoals.Infrastructure.Persistence;
using FractalGoals.Infrastructure.Persistence.Conversions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace FractalGoals.Infrastructure.Copy;

/// <summary>
/// Copies a whole current-schema SQLite database into an empty PostgreSQL database (ADR 0028): migrates the target,
/// streams every table with binary COPY in one transaction (foreign keys are checked per COPY statement, so a table's
/// self-references need no ordering), carries each SQLite rowid into <c>insertion_order</c>, then reads both sides
/// back and compares per-table row counts and content checksums before it commits. The source is read in one
/// snapshot and never written.
/// </summary>
public sealed class SqliteToPostgresCopy(TimeProvider clock)
{
    private sealed record Column(string Name, string Type);

    public async Task<IReadOnlyList<TableCopyResult>> RunAsync(string sqliteFile, string postgresConnectionString, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sqliteFile);
        ArgumentException.ThrowIfNullOrWhiteSpace(postgresConnectionString);
        var sourceConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(sqliteFile), Mode = SqliteOpenMode.ReadOnly }.ToString();
        if (!File.Exists(sqliteFile)) throw new CopyRefusedException($"{sqliteFile} does not exist");
        await RequireCurrentSchemaAsync(sourceConnectionString, cancellationToken);

        await using var target = new NpgsqlConnection(postgresConnectionString);
        await target.OpenAsync(cancellationToken);
        await RequireEmptyTargetAsync(target, cancellationToken);
        await using (var targetDb = InfrastructureServices.CreateContext(DatabaseProvider.Postgres, postgresConnectionString, clock))
            await targetDb.Database.MigrateAsync(cancellationToken);

        await using var source = new SqliteConnection(sourceConnectionString);
        await source.OpenAsync(cancellationToken);
        await using var snapshot = source.BeginTransaction(deferred: true);   // one consistent read of the source
        await using var transaction = await target.BeginTransactionAsync(cancellationToken);
        var results = new List<TableCopyResult>();
        foreach (var table in CopyTables.InDependencyOrder)
        {
            var columns = await ColumnsAsync(target, table, cancellationToken);
            await CopyTableAsync(snapshot, target, table, columns, cancellationToken);
            results.Add(await VerifyAsync(snapshot, target, table, columns, cancellationToken));
        }
        var differing = results.Where(r => !r.Verified).ToList();
        if (differing.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            throw new CopyFailedException("copy differs from the source, rolled back: " + string.Join("; ", differing.Select(Describe)));
        }
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    public static string Describe(TableCopyResult result) =>
        $"{result.Table}: {result.SourceRows} → {result.TargetRows} rows, sha256 {result.SourceChecksum[..12]} → {result.TargetChecksum[..12]}";

    private async Task RequireCurrentSchemaAsync(string sourceConnectionString, CancellationToken cancellationToken)
    {
        await using var db = InfrastructureServices.CreateContext(DatabaseProvider.Sqlite, sourceConnectionString, clock);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (applied.Count == 0 || pending.Count > 0)
            throw new CopyRefusedException(
                $"the source is not a current-schema database (pending migrations: {(applied.Count == 0 ? "all" : string.Join(", ", pending))}); upgrade it first");
    }

    private static async Task RequireEmptyTargetAsync(NpgsqlConnection target, CancellationToken cancellationToken)
    {
        var filled = new List<string>();
        foreach (var table in CopyTables.InDependencyOrder)
        {
            if (await ScalarAsync(target, null, $"SELECT to_regclass('public.\"{table}\"') IS NOT NULL", cancellationToken) is not true) continue;
            if (await ScalarAsync(target, null, $"SELECT EXISTS (SELECT 1 FROM \"{table}\")", cancellationToken) is true) filled.Add(table);
        }
        if (filled.Count > 0)
            throw new CopyRefusedException($"the target database is not empty ({string.Join(", ", filled)} hold rows); copy only into an empty database");
    }

    private static async Task<List<Column>> ColumnsAsync(NpgsqlConnection target, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @table ORDER BY ordinal_position", target);
        command.Parameters.AddWithValue("table", table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new List<Column>();
        while (await reader.ReadAsync(cancellationToken)) columns.Add(new Column(reader.GetString(0), reader.GetString(1)));
        return columns;
    }

    private static async Task CopyTableAsync(SqliteTransaction source, NpgsqlConnection target, string table, List<Column> columns, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        await using (var importer = await target.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            await using var command = SourceSelect(source, table, columns);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < columns.Count; i++)
                {
                    if (reader.IsDBNull(i)) await importer.WriteNullAsync(cancellationToken);
                    else await WriteAsync(importer, table, columns[i], reader.GetValue(i), cancellationToken);
                }
            }
            await importer.CompleteAsync(cancellationToken);
        }
        if (CopyTables.WithInsertionOrder.Contains(table))   // new rows continue after the copied ones
            await ScalarAsync(target, null,
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'insertion_order'), COALESCE(MAX(insertion_order), 0) + 1, false) FROM \"{table}\"", cancellationToken);
        if (CopyTables.WithIdentityId.Contains(table))
            await ScalarAsync(target, null,
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM \"{table}\"", cancellationToken);
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter importer, string table, Column column, object value, CancellationToken cancellationToken)
    {
        try
        {
            var task = column.Type switch
            {
                "timestamp without time zone" => importer.WriteAsync(LegacyDateTimeConverter.Parse((string)value), NpgsqlDbType.Timestamp, cancellationToken),
                "timestamp with time zone" => importer.WriteAsync(RowCanonicalForm.ParseOffset((string)value), NpgsqlDbType.TimestampTz, cancellationToken),
                "date" => importer.WriteAsync(DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture), NpgsqlDbType.Date, cancellationToken),
                "boolean" => importer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0, NpgsqlDbType.Boolean, cancellationToken),
                "integer" => importer.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken),
                "bigint" => importer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint, cancellationToken),
                "double precision" => importer.WriteAsync(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double, cancellationToken),
                "text" or "character varying" => importer.WriteAsync(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text, cancellationToken),
                _ => throw new CopyFailedException($"{table}.{column.Name}: no copy rule for PostgreSQL type {column.Type}"),
            };
            await task;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new CopyFailedException($"{table}.{column.Name}: value '{value}' does not fit {column.Type}", e);
        }
    }

    private static async Task<TableCopyResult> VerifyAsync(SqliteTransaction source, NpgsqlConnection target, string table, List<Column> columns, CancellationToken cancellationToken)
    {
        var keys = await PrimaryKeyAsync(target, table, cancellationToken);
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        await using var sourceCommand = SourceSelect(source, table, columns);
        await using var targetCommand = new NpgsqlCommand($"SELECT {names} FROM \"{table}\"", target);
        var (sourceRows, sourceSum) = await ChecksumAsync(sourceCommand, columns, keys, cancellationToken);
        var (targetRows, targetSum) = await ChecksumAsync(targetCommand, columns, keys, cancellationToken);
        return new TableCopyResult(table, sourceRows, targetRows, sourceSum, targetSum);
    }

    private static async Task<(long Rows, string Checksum)> ChecksumAsync(DbCommand command, List<Column> columns, List<string> keys, CancellationToken cancellationToken)
    {
        var keyIndexes = keys.Select(k => columns.FindIndex(c => c.Name == k)).ToList();
        var rows = new List<(string Key, IReadOnlyList<string> Values)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = columns.Select((c, i) => RowCanonicalForm.Of(reader.IsDBNull(i) ? null : reader.GetValue(i), c.Type)).ToList();
            rows.Add((string.Join('\u001f', keyIndexes.Select(i => values[i])), values));
        }
        return (rows.Count, RowCanonicalForm.Checksum(rows));
    }

    private static async Task<List<string>> PrimaryKeyAsync(NpgsqlConnection target, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
            WHERE i.indrelid = to_regclass(@table) AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)
            """, target);
        command.Parameters.AddWithValue("table", $"public.\"{table}\"");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<string>();
        while (await reader.ReadAsync(cancellationToken)) keys.Add(reader.GetString(0));
        return keys;
    }

    // The source's columns by the target's names; SQLite's rowid is the insertion order (ADR 0021).
    private static SqliteCommand SourceSelect(SqliteTransaction source, string table, List<Column> columns)
    {
        var command = source.Connection!.CreateCommand();
        command.Transaction = source;
#pragma warning disable CA2100 // table and column names come from the target's catalog for our own tables
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => c.Name == "insertion_order" ? "rowid" : $"\"{c.Name}\""))} FROM \"{table}\"";
#pragma warning restore CA2100
        return command;
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // built from our own table names
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
