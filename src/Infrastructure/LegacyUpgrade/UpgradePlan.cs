namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>A legacy row that cannot satisfy the rules: it goes to <c>_quarantine_&lt;table&gt;</c> with the reason, never away.</summary>
public sealed record QuarantinedRow(string Table, long RowId, string? Id, string Reason);

/// <summary>A count of values the upgrade filled or recomputed, per table and column, with what it did.</summary>
public sealed record Repair(string Table, string Column, string What, int Rows);

/// <summary>
/// The preflight's outcome: how many rows of each legacy table are carried, which are quarantined and why, what is
/// repaired. The row-by-row decisions themselves stay in the planning connection's temp tables
/// (<see cref="Preflight.PlanTable"/>), which the rebuild joins; only the quarantined rows are named here.
/// </summary>
public sealed class UpgradePlan(IReadOnlyDictionary<string, long> carried, IReadOnlyList<QuarantinedRow> quarantined, IReadOnlyList<Repair> repairs)
{
    public IReadOnlyList<QuarantinedRow> Quarantined { get; } = quarantined;

    public IReadOnlyList<Repair> Repairs { get; } = repairs;

    public int QuarantinedIn(string sourceTable) => Quarantined.Count(q => q.Table == sourceTable);

    public long CarriedFrom(string sourceTable) => carried.GetValueOrDefault(sourceTable);

    public long CarriedInto(string targetTable) => carried.Where(c => TableMapping.TargetOf(c.Key) == targetTable).Sum(c => c.Value);
}
