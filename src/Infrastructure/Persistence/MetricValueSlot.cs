using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// The unique index behind "at most one metric value per (instance, metric definition, split-or-none)"
/// (domain-rules §3.8, §15 #9; ADR 0043). <c>split_definition_id</c> is NULL for most values, and a plain unique index
/// treats NULLs as distinct, so the index keys on <c>COALESCE(split_definition_id, '')</c>: an expression both SQLite
/// and every PostgreSQL version accept (NULLS NOT DISTINCT needs PostgreSQL 15). No split id is ever '' (ids are
/// generated or client-chosen, never empty: the API treats an empty split_id as "no split"). Metric values have no
/// <c>deleted_at</c>, so no partial predicate: a value lives and dies with its instance.
/// EF Core cannot model an expression index, so the migrations create it with this SQL (one text per provider).
/// A database of ours made before the index can hold a slot written twice by racing PUTs (issue 14): before the
/// migration runs, <see cref="QuarantineDuplicatesAsync"/> moves every value but the kept one to
/// <see cref="QuarantineTable"/>, by the legacy upgrade's rule (ADR 0043, ADR 0046), so the index can be built and
/// nothing is lost.
/// </summary>
public static class MetricValueSlot
{
    private const string Migration = "_MetricValueSlotIndex";

    public const string IndexName = "ix_metric_values_slot";

    public const string SqliteCreate =
        "CREATE UNIQUE INDEX \"ix_metric_values_slot\" ON \"metric_values\" (\"activity_instance_id\", \"metric_definition_id\", COALESCE(\"split_definition_id\", ''))";

    public const string PostgresCreate =
        "CREATE UNIQUE INDEX ix_metric_values_slot ON metric_values (activity_instance_id, metric_definition_id, (COALESCE(split_definition_id, '')))";

    public const string Drop = "DROP INDEX ix_metric_values_slot";

    public const string QuarantineTable = "_quarantine_metric_values_slot";

    public const string DuplicateReason = "duplicate of a kept value in its (instance, metric, split-or-none) slot";

    private const string Slot = "activity_instance_id, metric_definition_id, COALESCE(split_definition_id, '')";

    /// <summary>
    /// When the migration that builds the index is pending on a database that already has data and a slot holds more
    /// than one value: keeps the most recently updated value (ties: the last written row) and moves the others, with
    /// their reason, to <see cref="QuarantineTable"/>, in one transaction. Does nothing otherwise, so a database without
    /// duplicates gets no extra table.
    /// </summary>
    internal static async Task QuarantineDuplicatesAsync(FractalGoalsDbContext db, CancellationToken cancellationToken)
    {
        if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any(m => m.EndsWith(Migration, StringComparison.Ordinal))
            || !(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any()) return;
        var crowded = await db.Database.SqlQueryRaw<long>(
            $"SELECT count(*) AS \"Value\" FROM (SELECT 1 AS one FROM metric_values GROUP BY {Slot} HAVING count(*) > 1) crowded").SingleAsync(cancellationToken);
        if (crowded == 0) return;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? SqliteQuarantine : PostgresQuarantine, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private const string SqliteQuarantine = $"""
        CREATE TABLE "{QuarantineTable}" AS SELECT *, CAST(NULL AS TEXT) AS "_quarantine_reason" FROM "metric_values" WHERE 0;
        CREATE TEMP TABLE "_slot_duplicates" AS SELECT rid FROM (
            SELECT rowid AS rid, ROW_NUMBER() OVER (PARTITION BY {Slot} ORDER BY updated_at DESC, rowid DESC) AS n FROM "metric_values")
        WHERE n > 1;
        INSERT INTO "{QuarantineTable}" SELECT m.*, '{DuplicateReason}' FROM "metric_values" m WHERE m.rowid IN (SELECT rid FROM temp."_slot_duplicates");
        DELETE FROM "metric_values" WHERE rowid IN (SELECT rid FROM temp."_slot_duplicates");
        DROP TABLE temp."_slot_duplicates";
        """;

    private const string PostgresQuarantine = $"""
        CREATE TABLE {QuarantineTable} AS SELECT *, CAST(NULL AS text) AS _quarantine_reason FROM metric_values WHERE false;
        WITH ranked AS (
            SELECT ctid AS row, ROW_NUMBER() OVER (PARTITION BY {Slot} ORDER BY updated_at DESC NULLS LAST, ctid DESC) AS n FROM metric_values),
        moved AS (
            DELETE FROM metric_values m USING ranked r WHERE m.ctid = r.row AND r.n > 1 RETURNING m.*)
        INSERT INTO {QuarantineTable} SELECT moved.*, '{DuplicateReason}' FROM moved;
        """;
}
