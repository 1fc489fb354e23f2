using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// The backup taken before anything changes (issue 6 point 2): <c>VACUUM INTO &lt;file&gt;.backup-&lt;timestamp&gt;.db</c>
/// (a consistent snapshot, even of a WAL file), then its own <c>integrity_check</c> and row counts equal the
/// original's. The working copy is a copy of this verified backup.
/// </summary>
public static class Backup
{
    public static string PathFor(string database, DateTimeOffset now)
    {
        var stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = $"{database}.backup-{stamp}.db";
        for (var n = 2; File.Exists(path); n++) path = $"{database}.backup-{stamp}-{n}.db";
        return path;
    }

    public static async Task<BackupReport> CreateAsync(SqliteConnection original, string backupPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        await Sql.ExecuteAsync(original, $"VACUUM INTO {Sql.Literal(backupPath)}", cancellationToken);
        var originalCounts = await RowCountsAsync(original, cancellationToken);
        await using var copy = Sql.Open(backupPath, SqliteOpenMode.ReadOnly);
        var integrity = string.Join("; ", await Sql.LinesAsync(copy, "PRAGMA integrity_check", cancellationToken));
        var counts = await RowCountsAsync(copy, cancellationToken);
        var equal = counts.Count == originalCounts.Count && counts.All(c => originalCounts.GetValueOrDefault(c.Key, -1) == c.Value);
        var report = new BackupReport(backupPath, integrity, counts, equal);
        if (integrity != "ok" || !equal)
            throw new UpgradeFailedException($"the backup {backupPath} did not verify (integrity_check: {integrity}; row counts equal: {equal})");
        return report;
    }

    public static async Task<Dictionary<string, long>> RowCountsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await Sql.LinesAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", cancellationToken))
            counts[table] = await Sql.CountAsync(connection, table, cancellationToken);
        return counts;
    }
}
