namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>The schema generations a Fractal Goals file can be in (issue 6, point 1).</summary>
public enum LegacyEra
{
    /// <summary>(a) December 2025: sessions in their own <c>practice_sessions</c> table; no groups, splits or programs.</summary>
    December2025,

    /// <summary>(b) before the 2026-01-01 production migration: sessions are goals; no root_id back-fill, audit columns or indexes.</summary>
    PreMigration,

    /// <summary>(c) after that migration: the reference schema without our constraints, types and history stamp.</summary>
    PostMigration,

    /// <summary>(d) made by this server: nothing to upgrade.</summary>
    Current,
}

/// <summary>What each legacy era's files are expected to hold, column by column; drift is measured against this.</summary>
public static class EraSchemas
{
    /// <summary>
    /// Columns of the post-migration reference file (= ours, ADR 0019) that era (b) lacks per domain-rules §3.14 —
    /// except <c>activity_definitions.has_splits</c> and <c>group_id</c>: that era already had activity groups and
    /// splits (its files hold both tables), so the production file, which lacks the two columns, has drifted within
    /// its era (issue 6; the legacy migration failed on exactly that: "no such column: group_id").
    /// </summary>
    private static readonly Dictionary<string, string[]> AddedByMigration = new(StringComparer.Ordinal)
    {
        ["goals"] = ["deleted_at", "sort_order"],
        ["activity_definitions"] = ["deleted_at", "updated_at"],
        ["metric_definitions"] = ["root_id", "updated_at", "sort_order"],
        ["activity_instances"] = ["root_id", "deleted_at", "updated_at", "sort_order", "completed", "notes", "data"],
        ["metric_values"] = ["root_id", "created_at", "updated_at", "split_definition_id"],
        ["split_definitions"] = ["root_id", "deleted_at", "updated_at"],
        ["activity_groups"] = ["deleted_at", "updated_at"],
        ["session_templates"] = ["deleted_at", "updated_at"],
    };

    /// <summary>Era (a) as the issue describes it.</summary>
    private static readonly Dictionary<string, string[]> December2025Tables = new(StringComparer.Ordinal)
    {
        ["goals"] = ["id", "type", "name", "description", "deadline", "completed", "created_at", "parent_id", "targets"],
        ["practice_sessions"] = ["id", "name", "description", "completed", "created_at", "root_id", "session_data", "duration_minutes"],
        ["practice_session_goals"] = ["id", "practice_session_id", "short_term_goal_id", "created_at"],
        ["activity_definitions"] = ["id", "root_id", "name", "description", "created_at", "has_sets", "has_metrics"],
        ["metric_definitions"] = ["id", "activity_id", "name", "unit", "created_at"],
        ["activity_instances"] = ["id", "practice_session_id", "activity_definition_id", "created_at", "time_start", "time_stop", "duration_seconds"],
        ["metric_values"] = ["id", "activity_instance_id", "metric_definition_id", "value"],
        ["session_templates"] = ["id", "name", "description", "root_id", "created_at", "template_data"],
    };

    /// <summary>Table → expected columns of a legacy era.</summary>
    public static IReadOnlyDictionary<string, string[]> Tables(LegacyEra era, TargetSchema target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (era == LegacyEra.December2025) return December2025Tables;
        var reference = target.DataTables.ToDictionary(t => t.Name, t => t.Columns.Select(c => c.Name).ToArray(), StringComparer.Ordinal);
        if (era != LegacyEra.PreMigration) return reference;
        return reference.ToDictionary(
            t => t.Key,
            t => t.Value.Where(c => !AddedByMigration.GetValueOrDefault(t.Key, []).Contains(c)).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>Named indexes a file of the era has; any other named index is a drift and is dropped by the rebuild.</summary>
    public static IReadOnlySet<string> Indexes(LegacyEra era, TargetSchema target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return era switch
        {
            LegacyEra.December2025 => new HashSet<string>(),
            LegacyEra.PreMigration => new HashSet<string>(["idx_programs_root", "idx_programs_active"], StringComparer.Ordinal),
            _ => target.NamedIndexes.Select(i => i.Name).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>Every table a legacy file may hold (the union of the eras); anything else cannot be mapped.</summary>
    public static bool IsKnownTable(string table, TargetSchema target) =>
        table is "practice_sessions" or TargetSchema.LockTable || target.Snapshot.HasTable(table);

    public static string Describe(LegacyEra era) => era switch
    {
        LegacyEra.December2025 => "(a) December 2025: sessions in practice_sessions",
        LegacyEra.PreMigration => "(b) pre-migration: sessions are goals, before the 2026-01-01 migration",
        LegacyEra.PostMigration => "(c) post-migration: the reference schema without our constraints and history",
        _ => "(d) current: made by this server",
    };
}
