using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>The checksum of one carried-over column of one legacy table, read from the backup and from the upgraded file.</summary>
public sealed record ColumnChecksum(string SourceTable, string Column, long Rows, string Source, string Target)
{
    public bool Equal => Source == Target;
}

/// <summary>
/// Compares every carried-over column value by value (issue 6 point 6): the legacy side is read from the verified
/// backup, without the quarantined rows; the upgraded side from the working copy, for the same keys. Values are
/// typed (integer 7 ≠ text '7'), except for the two mappings the upgrade documents: a NULL where our column is NOT
/// NULL becomes its default, and an integer in a column that is TEXT in our schema becomes its text (ADR 0019 §2).
/// </summary>
public static class ContentChecksums
{
    public static async Task<IReadOnlyList<ColumnChecksum>> CompareAsync(
        SqliteConnection backup, SqliteConnection upgraded, SchemaSnapshot source, TargetSchema target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var results = new List<ColumnChecksum>();
        foreach (var sourceTable in source.Tables.Values)
        {
            var targetTable = target.Table(TableMapping.TargetOf(sourceTable.Name));
            var key = targetTable.Has("id") ? ["id"] : targetTable.Columns.Where(c => c.PrimaryKeyPosition > 0).OrderBy(c => c.PrimaryKeyPosition).Select(c => c.Name).ToArray();
            var columns = TableMapping.CarriedColumns(sourceTable, targetTable).Where(c => !key.Contains(c)).ToList();
            var quarantine = TableRebuild.QuarantineTable(sourceTable.Name);
            var excluded = await TableExistsAsync(upgraded, quarantine, cancellationToken)
                ? (await Sql.LinesAsync(upgraded, $"SELECT _quarantine_source_rowid FROM {Sql.Name(quarantine)}", cancellationToken)).ToHashSet(StringComparer.Ordinal)
                : [];
            var legacy = await ReadAsync(backup, sourceTable.Name, key, columns, "rowid", cancellationToken);
            legacy.RemoveAll(r => excluded.Contains(r.RowId));
            var ours = await ReadAsync(upgraded, targetTable.Name, key, columns, "NULL", cancellationToken);
            var keys = legacy.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            ours.RemoveAll(r => !keys.Contains(r.Key));
            for (var i = 0; i < columns.Count; i++)
            {
                var column = targetTable.Column(columns[i])!;
                var index = i;
                results.Add(new ColumnChecksum(sourceTable.Name, column.Name, legacy.Count,
                    Hash(legacy.Select(r => (r.Key, Canonical(Expected(r.Values[index], column))))),
                    Hash(ours.Select(r => (r.Key, Canonical(r.Values[index]))))));
            }
            if (columns.Count == 0)   // key-only tables (links): the keys themselves are the content
                results.Add(new ColumnChecksum(sourceTable.Name, string.Join("+", key), legacy.Count,
                    Hash(legacy.Select(r => (r.Key, ""))), Hash(ours.Select(r => (r.Key, "")))));
        }
        return results;
    }

    private sealed record Row(string RowId, string Key, object?[] Values);

    private static async Task<List<Row>> ReadAsync(SqliteConnection connection, string table, string[] key, List<string> columns, string rowId, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {rowId}, {string.Join(", ", key.Concat(columns).Select(Sql.Name))} FROM {Sql.Name(table)}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var keyText = string.Join("\u001f", Enumerable.Range(1, key.Length).Select(i => Canonical(reader.IsDBNull(i) ? null : reader.GetValue(i))));
            var values = Enumerable.Range(1 + key.Length, columns.Count).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray();
            rows.Add(new Row(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!, keyText, values));
        }
        return rows;
    }

    private static object? Expected(object? legacy, ColumnInfo column)
    {
        if (legacy is null && column.NotNull && ColumnDefaults.TryFill(column, out var filled)) return filled;
        if (legacy is long number && IsTextAffinity(column.Type)) return number.ToString(CultureInfo.InvariantCulture);
        return legacy;
    }

    private static bool IsTextAffinity(string type) =>
        !type.Contains("INT", StringComparison.OrdinalIgnoreCase)
        && (type.Contains("CHAR", StringComparison.OrdinalIgnoreCase) || type.Contains("CLOB", StringComparison.OrdinalIgnoreCase) || type.Contains("TEXT", StringComparison.OrdinalIgnoreCase));

    public static string Canonical(object? value) => value switch
    {
        null => "n",
        long number => "i" + number.ToString(CultureInfo.InvariantCulture),
        double number => "r" + number.ToString("R", CultureInfo.InvariantCulture),
        string text => "t" + text,
        byte[] bytes => "b" + Convert.ToBase64String(bytes),
        _ => "?" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Hash(IEnumerable<(string Key, string Value)> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (key, value) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(key.Length + ":" + key + value.Length + ":" + value));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task<bool> TableExistsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken) =>
        await Sql.ScalarAsync(connection, $"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = {Sql.Literal(table)}", cancellationToken) is not null;
}
