namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>A legacy row as it will be written: the target table and a value per target column.</summary>
public sealed record PlannedRow(SourceRow Source, string TargetTable, IReadOnlyDictionary<string, object?> Values, bool KeepRowId);

/// <summary>A legacy row that cannot satisfy the rules: it goes to <c>_quarantine_&lt;table&gt;</c> with the reason, never away.</summary>
public sealed record QuarantinedRow(SourceRow Source, string Reason);

/// <summary>A count of values the upgrade filled or recomputed, per table and column, with what it did.</summary>
public sealed record Repair(string Table, string Column, string What, int Rows);

/// <summary>The preflight's outcome: what is written where, what is quarantined and why, what is repaired.</summary>
public sealed class UpgradePlan(IReadOnlyList<PlannedRow> rows, IReadOnlyList<QuarantinedRow> quarantined, IReadOnlyList<Repair> repairs)
{
    public IReadOnlyList<PlannedRow> Rows { get; } = rows;

    public IReadOnlyList<QuarantinedRow> Quarantined { get; } = quarantined;

    public IReadOnlyList<Repair> Repairs { get; } = repairs;

    public int QuarantinedIn(string sourceTable) => Quarantined.Count(q => q.Source.Table == sourceTable);

    public int CarriedFrom(string sourceTable) => Rows.Count(r => r.Source.Table == sourceTable);

    public int CarriedInto(string targetTable) => Rows.Count(r => r.TargetTable == targetTable);
}
