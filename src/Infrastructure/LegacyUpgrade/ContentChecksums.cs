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
/// Streamed (issue 14 point 6): the working copy is attached to the backup's read-only connection and each legacy
/// table is read once in file order, joined by key to its upgraded rows, each column's two hashes fed row by row.
/// </summary>
public static class ContentChecksums
{
    private const string Upgraded = "upgraded";

    public static async Task<IReadOnlyList<ColumnChecksum>> CompareAsync(
        SqliteConnection backup, SqliteConnection upgraded, SchemaSnapshot source, TargetSchema target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backup);
        ArgumentNullException.ThrowIfNull(upgraded);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        await using (var attach = backup.CreateCommand())
        {
            attach.CommandText = $"ATTACH DATABASE $file AS {Upgraded}";
            attach.Parameters.AddWithValue("$file", upgraded.DataSource);
            await attach.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            var results = new List<ColumnChecksum>();
            foreach (var sourceTable in source.Tables.Values)
                results.AddRange(await CompareTableAsync(backup, sourceTable, target, cancellationToken));
            return results;
        }
        finally
        {
            await Sql.ExecuteAsync(backup, $"DETACH DATABASE {Upgraded}", CancellationToken.None);
        }
    }

    private static async Task<List<ColumnChecksum>> CompareTableAsync(
        SqliteConnection backup, TableInfo sourceTable, TargetSchema target, CancellationToken cancellationToken)
    {
        var targetTable = target.Table(TableMapping.TargetOf(sourceTable.Name));
        var key = targetTable.Has("id") ? ["id"] : targetTable.Columns.Where(c => c.PrimaryKeyPosition > 0).OrderBy(c => c.PrimaryKeyPosition).Select(c => c.Name).ToArray();
        var columns = TableMapping.CarriedColumns(sourceTable, targetTable).Where(c => !key.Contains(c)).ToList();
        var quarantine = TableRebuild.QuarantineTable(sourceTable.Name);
        var excluded = await TableExistsAsync(backup, quarantine, cancellationToken)
            ? $"WHERE s.rowid NOT IN (SELECT _quarantine_source_rowid FROM {Upgraded}.{Sql.Name(quarantine)})"
            : "";
        var width = key.Length + columns.Count;
        await using var command = backup.CreateCommand();
        // legacy key, legacy values, then the upgraded row's key (NULL when it has none) and values
        command.CommandText = $"""
            SELECT {string.Join(", ", key.Concat(columns).Select(c => "s." + Sql.Name(c)).Concat(key.Concat(columns).Select(c => "t." + Sql.Name(c))))}
            FROM main.{Sql.Name(sourceTable.Name)} s
            LEFT JOIN {Upgraded}.{Sql.Name(targetTable.Name)} t ON {string.Join(" AND ", key.Select(k => $"t.{Sql.Name(k)} = s.{Sql.Name(k)}"))}
            {excluded}
            ORDER BY s.rowid
            """;
        var hashes = Math.Max(columns.Count, 1);
        var legacyHashes = Enumerable.Range(0, hashes).Select(_ => IncrementalHash.CreateHash(HashAlgorithmName.SHA256)).ToArray();
        var ourHashes = Enumerable.Range(0, hashes).Select(_ => IncrementalHash.CreateHash(HashAlgorithmName.SHA256)).ToArray();
        var columnInfo = columns.Select(c => targetTable.Column(c)!).ToArray();
        long rows = 0;
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows++;
                var legacyKey = Key(reader, 0, key.Length);
                var found = !reader.IsDBNull(width);
                var ourKey = found ? Key(reader, width, key.Length) : "";
                if (columns.Count == 0)   // key-only tables (links): the keys themselves are the content
                {
                    Append(legacyHashes[0], legacyKey, "");
                    if (found) Append(ourHashes[0], ourKey, "");
                    continue;
                }
                for (var i = 0; i < columns.Count; i++)
                {
                    Append(legacyHashes[i], legacyKey, Canonical(Expected(Value(reader, key.Length + i), columnInfo[i])));
                    if (found) Append(ourHashes[i], ourKey, Canonical(Value(reader, width + key.Length + i)));
                }
            }
            var results = new List<ColumnChecksum>();
            if (columns.Count == 0)
                results.Add(new ColumnChecksum(sourceTable.Name, string.Join("+", key), rows, Finish(legacyHashes[0]), Finish(ourHashes[0])));
            for (var i = 0; i < columns.Count; i++)
                results.Add(new ColumnChecksum(sourceTable.Name, columns[i], rows, Finish(legacyHashes[i]), Finish(ourHashes[i])));
            return results;
        }
        finally
        {
            foreach (var hash in legacyHashes.Concat(ourHashes)) hash.Dispose();
        }
    }

    private static object? Value(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal);

    private static string Key(SqliteDataReader reader, int from, int count)
    {
        if (count == 1) return Canonical(Value(reader, from));
        var parts = new string[count];
        for (var i = 0; i < count; i++) parts[i] = Canonical(Value(reader, from + i));
        return string.Join("\u001f", parts);
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

    /// <summary>Feeds <c>{key length}:{key}{value length}:{value}</c> (UTF-8) to the hash, through one reused buffer.</summary>
    private static void Append(IncrementalHash hash, string key, string value)
    {
        Span<byte> digits = stackalloc byte[24];
        AppendLength(hash, key.Length, digits);
        AppendText(hash, key);
        AppendLength(hash, value.Length, digits);
        AppendText(hash, value);
    }

    private static void AppendLength(IncrementalHash hash, int length, Span<byte> digits)
    {
        length.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        digits[written] = (byte)':';
        hash.AppendData(digits[..(written + 1)]);
    }

    [ThreadStatic] private static byte[]? _buffer;

    private static void AppendText(IncrementalHash hash, string text)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_buffer is null || _buffer.Length < needed) _buffer = new byte[Math.Max(needed, 4096)];
        var written = Encoding.UTF8.GetBytes(text, _buffer);
        hash.AppendData(_buffer, 0, written);
    }

    private static string Finish(IncrementalHash hash) => Convert.ToHexStringLower(hash.GetHashAndReset());

    private static async Task<bool> TableExistsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken) =>
        await Sql.ScalarAsync(connection, $"SELECT 1 FROM {Upgraded}.sqlite_master WHERE type = 'table' AND name = {Sql.Literal(table)}", cancellationToken) is not null;
}
