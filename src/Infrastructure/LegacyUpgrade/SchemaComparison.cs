namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// Compares a file's schema with a freshly migrated one: every data table's CREATE statement and every index (name,
/// table, SQL; automatic ones by name). Quarantine and archive tables the upgrade adds, and EF's lock table, are not
/// part of the comparison.
/// </summary>
public static class SchemaComparison
{
    public static bool IsUpgradeSideTable(string table) =>
        table.StartsWith("_quarantine_", StringComparison.Ordinal) || table.StartsWith("_archive_", StringComparison.Ordinal) || table == TargetSchema.LockTable;

    public static IReadOnlyList<string> Differences(SchemaSnapshot actual, SchemaSnapshot fresh)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(fresh);
        var differences = new List<string>();
        foreach (var table in fresh.Tables.Values.Where(t => t.Name != TargetSchema.LockTable))
        {
            var mine = actual.Table(table.Name);
            if (mine is null) differences.Add($"table {table.Name} missing");
            else if (!string.Equals(Normalise(mine.Sql), Normalise(table.Sql), StringComparison.Ordinal)) differences.Add($"table {table.Name} differs");
        }
        differences.AddRange(actual.Tables.Keys
            .Where(t => !fresh.HasTable(t) && !IsUpgradeSideTable(t))
            .Select(t => $"extra table {t}"));
        var expected = IndexKeys(fresh);
        var found = IndexKeys(actual);
        differences.AddRange(expected.Except(found).Order(StringComparer.Ordinal).Select(i => $"index missing or different: {i}"));
        differences.AddRange(found.Except(expected).Order(StringComparer.Ordinal).Select(i => $"extra index: {i}"));
        return differences;
    }

    /// <summary>Index identities for the comparison: name, table and SQL (automatic indexes by name and table).</summary>
    public static HashSet<string> IndexKeys(SchemaSnapshot schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.Indexes
            .Where(i => !IsUpgradeSideTable(i.Table))
            .Select(i => $"{i.Name} ON {i.Table}: {Normalise(i.Sql ?? "(automatic)")}")
            .ToHashSet(StringComparer.Ordinal);
    }

    // ALTER TABLE … RENAME rewrites a statement's spacing only in the renamed name; compare whitespace-insensitively
    private static string Normalise(string sql) => string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
