namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// Where each target table's rows come from: the same-named legacy table, and in era (a) <c>practice_sessions</c>
/// into <c>goals</c>. Columns present on both sides are carried verbatim; the rest are derived or defaulted.
/// </summary>
public static class TableMapping
{
    public const string PracticeSessions = "practice_sessions";

    /// <summary>Columns the upgrade recomputes from the data instead of carrying (verified by invariants, not checksums).</summary>
    public static readonly IReadOnlySet<string> DerivedColumns = new HashSet<string>(["root_id", "group_id"], StringComparer.Ordinal);

    /// <summary>Era (a) link columns our schema has no place for; kept in <c>_archive_practice_session_goals</c>.</summary>
    public static bool IsArchived(string sourceTable, string column) =>
        sourceTable == "practice_session_goals" && column is "id" or "created_at";

    public static IReadOnlyList<string> SourcesOf(string targetTable, SchemaSnapshot source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var sources = new List<string>();
        if (source.HasTable(targetTable)) sources.Add(targetTable);
        if (targetTable == "goals" && source.HasTable(PracticeSessions)) sources.Add(PracticeSessions);
        return sources;
    }

    public static string TargetOf(string sourceTable) => sourceTable == PracticeSessions ? "goals" : sourceTable;

    /// <summary>Columns copied unchanged from <paramref name="source"/> into <paramref name="target"/> (and compared by checksum).</summary>
    public static IReadOnlyList<string> CarriedColumns(TableInfo source, TableInfo target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return target.Columns.Select(c => c.Name).Where(c => source.Has(c) && !DerivedColumns.Contains(c)).ToList();
    }
}
