using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>Small helpers for the hand-written SQL of the upgrade (names come from sqlite_master, so they are quoted).</summary>
internal static class Sql
{
    public static string Name(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public static async Task<long> CountAsync(SqliteConnection connection, string table, CancellationToken cancellationToken, SqliteTransaction? transaction = null) =>
        (long)(await ScalarAsync(connection, $"SELECT COUNT(*) FROM {Name(table)}", cancellationToken, transaction))!;

    public static async Task<List<string>> LinesAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        var lines = new List<string>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            lines.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString())));
        return lines;
    }

    /// <summary>The page cache of each upgrade connection (and of its temp schema), in KiB.</summary>
    public const int CacheKibibytes = 32 * 1024;

    /// <summary>A connection of the upgrade's own: no pool (files are renamed and deleted under it), foreign keys as asked.</summary>
    public static SqliteConnection Open(string file, SqliteOpenMode mode, bool foreignKeys = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(file),
            Mode = mode,
            Pooling = false,
            ForeignKeys = foreignKeys,
            DefaultTimeout = 5,
        }.ToString());
        connection.Open();
        using (var cache = connection.CreateCommand())
        {
            // a bounded page cache per connection (issue 14 point 6): big files stream through it
            cache.CommandText = $"PRAGMA cache_size = -{CacheKibibytes}";
            cache.ExecuteNonQuery();
        }
        return connection;
    }
}
