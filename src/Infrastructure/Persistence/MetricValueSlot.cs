namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// The unique index behind "at most one metric value per (instance, metric definition, split-or-none)"
/// (domain-rules §3.8, §15 #9; ADR 0043). <c>split_definition_id</c> is NULL for most values, and a plain unique index
/// treats NULLs as distinct, so the index keys on <c>COALESCE(split_definition_id, '')</c>: an expression both SQLite
/// and every PostgreSQL version accept (NULLS NOT DISTINCT needs PostgreSQL 15). No split id is ever '' (ids are
/// generated or client-chosen, never empty: the API treats an empty split_id as "no split"). Metric values have no
/// <c>deleted_at</c>, so no partial predicate: a value lives and dies with its instance.
/// EF Core cannot model an expression index, so the migrations create it with this SQL (one text per provider).
/// </summary>
public static class MetricValueSlot
{
    public const string IndexName = "ix_metric_values_slot";

    public const string SqliteCreate =
        "CREATE UNIQUE INDEX \"ix_metric_values_slot\" ON \"metric_values\" (\"activity_instance_id\", \"metric_definition_id\", COALESCE(\"split_definition_id\", ''))";

    public const string PostgresCreate =
        "CREATE UNIQUE INDEX ix_metric_values_slot ON metric_values (activity_instance_id, metric_definition_id, (COALESCE(split_definition_id, '')))";

    public const string Drop = "DROP INDEX ix_metric_values_slot";
}
