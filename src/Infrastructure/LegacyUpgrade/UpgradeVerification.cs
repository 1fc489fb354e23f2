using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// Verifies the upgraded working copy before it may replace the original (issue 6 point 6): the invariants of any
/// database of ours, row counts per table (before, counted in the backup = after + quarantined, counted in the
/// working copy) and the content checksums of every carried-over column.
/// </summary>
public static class UpgradeVerification
{
    public sealed record Result(IReadOnlyList<UpgradeCheck> Checks, IReadOnlyList<TableCount> Tables, IReadOnlyList<ColumnChecksum> Checksums)
    {
        public bool Passed => Checks.All(c => c.Passed);
    }

    public static async Task<Result> RunAsync(SqliteConnection backup, SqliteConnection upgraded, SchemaSnapshot source, TargetSchema target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        // The checksums read through the backup's connection (the working copy attached to it, read-only) while the
        // invariants run on the working copy's own: two connections, two threads, so the two longest reads of a big
        // file (the checksums and integrity_check) overlap on a second core (issue 14 point 6). Neither writes.
        var checksumming = Task.Run(() => ContentChecksums.CompareAsync(backup, upgraded, source, target, cancellationToken), cancellationToken);
        List<UpgradeCheck> checks;
        try
        {
            checks = [.. await InvariantChecks.RunAsync(upgraded, target, cancellationToken)];
        }
        catch
        {
            await Task.WhenAny(checksumming);   // never leave a reader on a connection the caller disposes
            throw;
        }
        var checksums = await checksumming;
        var tables = await CountAsync(backup, upgraded, source, target, cancellationToken);
        var unbalanced = tables.Where(t => !t.Balanced).ToList();
        checks.Add(new UpgradeCheck("row counts: before = after + quarantined", unbalanced.Count == 0,
            unbalanced.Count == 0 ? $"{tables.Sum(t => t.Before)} = {tables.Sum(t => t.After)} + {tables.Sum(t => t.Quarantined)}"
                : string.Join(", ", unbalanced.Select(t => $"{t.Table}: {t.Before} ≠ {t.After} + {t.Quarantined}"))));
        var differing = checksums.Where(c => !c.Equal).ToList();
        checks.Add(new UpgradeCheck("content checksum of every carried-over column unchanged", differing.Count == 0,
            differing.Count == 0 ? $"{checksums.Count} columns" : "differs: " + string.Join(", ", differing.Select(c => $"{c.SourceTable}.{c.Column}"))));
        return new Result(checks, tables, checksums);
    }

    public static async Task<IReadOnlyList<TableCount>> CountAsync(SqliteConnection backup, SqliteConnection upgraded, SchemaSnapshot source, TargetSchema target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var counts = new List<TableCount>();
        foreach (var table in target.DataTables)
        {
            var sources = TableMapping.SourcesOf(table.Name, source);
            long before = 0, quarantined = 0;
            foreach (var legacy in sources)
            {
                before += await Sql.CountAsync(backup, legacy, cancellationToken);
                var quarantine = TableRebuild.QuarantineTable(legacy);
                if (await Sql.ScalarAsync(upgraded, $"SELECT 1 FROM sqlite_master WHERE name = {Sql.Literal(quarantine)}", cancellationToken) is not null)
                    quarantined += await Sql.CountAsync(upgraded, quarantine, cancellationToken);
            }
            counts.Add(new TableCount(table.Name, sources, before, await Sql.CountAsync(upgraded, table.Name, cancellationToken), quarantined));
        }
        return counts;
    }
}
