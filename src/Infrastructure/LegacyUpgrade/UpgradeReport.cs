using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>Rows of one target table: before (from its legacy sources), after, and quarantined; balanced when before = after + quarantined.</summary>
public sealed record TableCount(string Table, IReadOnlyList<string> Sources, long Before, long After, long Quarantined)
{
    public bool Balanced => Before == After + Quarantined;
}

/// <summary>How many rows of a legacy table went to quarantine for one reason.</summary>
public sealed record QuarantineCount(string Table, string Reason, int Rows);

/// <summary>One quarantined row, named so a person can find it in <c>_quarantine_&lt;table&gt;</c>.</summary>
public sealed record QuarantineEntry(string Table, long RowId, string? Id, string Reason);

/// <summary>The verified backup taken before anything was changed.</summary>
public sealed record BackupReport(string Path, string IntegrityCheck, IReadOnlyDictionary<string, long> RowCounts, bool RowCountsMatchOriginal);

/// <summary>The measured result of <c>db upgrade</c> (issue 6 point 6), written as JSON by <c>--report</c> and summarised on stdout.</summary>
public sealed record UpgradeReport
{
    public required string Database { get; init; }
    public required string Outcome { get; init; }
    public required string Era { get; init; }
    public required string EraDescription { get; init; }
    public bool DryRun { get; init; }
    public required DriftReport Drift { get; init; }
    public BackupReport? Backup { get; init; }
    public IReadOnlyList<string> Changes { get; init; } = [];
    public IReadOnlyList<TableCount> Tables { get; init; } = [];
    public IReadOnlyList<QuarantineCount> Quarantine { get; init; } = [];
    public IReadOnlyList<QuarantineEntry> QuarantinedRows { get; init; } = [];
    public IReadOnlyList<Repair> Repairs { get; init; } = [];
    public IReadOnlyList<UpgradeCheck> Checks { get; init; } = [];
    public IReadOnlyList<ColumnChecksum> Checksums { get; init; } = [];
    public double DurationSeconds { get; init; }

    public const string Upgraded = "upgraded";
    public const string AlreadyCurrent = "already-current";
    public const string Planned = "dry-run";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,   // a file for people: keep ' and < readable
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static UpgradeReport FromJson(string json) => JsonSerializer.Deserialize<UpgradeReport>(json, Json)!;

    /// <summary>The readable summary printed on stdout.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"database: {Database}");
        text.AppendLine(culture, $"era: {EraDescription}");
        text.AppendLine(culture, $"outcome: {Outcome}{(DryRun ? " (nothing was written)" : "")}");
        if (Drift.HasDrift || Drift.DroppedEmptyColumns.Count > 0)
        {
            text.AppendLine("drift from the era's schema:");
            Line(text, "missing tables (created empty)", Drift.MissingTables);
            Line(text, "missing columns (default or derived)", Drift.MissingColumns);
            Line(text, "columns beyond the era", Drift.UnexpectedColumns);
            Line(text, "empty columns dropped", Drift.DroppedEmptyColumns);
            Line(text, "extra legacy indexes dropped", Drift.ExtraIndexes);
            Line(text, "missing indexes (created)", Drift.MissingIndexes);
        }
        if (Backup is not null)
            text.AppendLine(culture, $"backup: {Backup.Path} (integrity_check {Backup.IntegrityCheck}, row counts {(Backup.RowCountsMatchOriginal ? "equal the original" : "DIFFER")})");
        foreach (var change in Changes) text.AppendLine(culture, $"change: {change}");
        if (Tables.Count > 0)
        {
            text.AppendLine(culture, $"{"table",-24} {"before",7} {"after",7} {"quarantined",11}");
            foreach (var table in Tables)
                text.AppendLine(culture, $"{table.Table,-24} {table.Before,7} {table.After,7} {table.Quarantined,11}{(table.Balanced ? "" : "  UNBALANCED")}");
        }
        foreach (var group in Quarantine)
            text.AppendLine(culture, $"quarantine: {group.Rows} {group.Table} — {group.Reason}");
        if (DryRun)   // the preflight names every row that cannot satisfy the rules
            foreach (var row in QuarantinedRows)
                text.AppendLine(culture, $"  {row.Table} rowid {row.RowId} id {row.Id ?? "NULL"}: {row.Reason}");
        foreach (var repair in Repairs)
            text.AppendLine(culture, $"repair: {repair.Rows} {repair.Table}.{repair.Column} — {repair.What}");
        foreach (var check in Checks)
            text.AppendLine(culture, $"check {(check.Passed ? "ok  " : "FAIL")} {check.Name}: {check.Detail}");
        if (Checksums.Count > 0)
            text.AppendLine(culture, $"checksums: {Checksums.Count(c => c.Equal)} of {Checksums.Count} carried-over columns unchanged");
        text.Append(culture, $"duration: {DurationSeconds:0.00} s");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, IReadOnlyList<string> items)
    {
        if (items.Count > 0) text.AppendLine(CultureInfo.InvariantCulture, $"  {label}: {string.Join(", ", items)}");
    }
}
