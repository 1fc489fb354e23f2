namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// Recognises a file's era from its tables and columns (issue 6 point 1). A migrations history only counts together
/// with a schema equal to ours; a history naming migrations we do not have means a newer server made the file.
/// </summary>
public static class EraDetector
{
    public static LegacyEra Detect(SchemaSnapshot schema, IReadOnlyList<string>? history, TargetSchema target)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(target);
        if (schema.Tables.Count == 0)
            throw new UpgradeRefusedException("the database is empty: there is nothing to upgrade (start the API to create a new database)");
        if (history is not null) return DetectOurs(schema, history, target);
        var unknown = schema.Tables.Keys.Where(t => !EraSchemas.IsKnownTable(t, target)).ToList();
        if (!schema.HasTable("goals") || unknown.Count > 0)
            throw new UpgradeRefusedException(
                "not a Fractal Goals database of a known era" + (unknown.Count > 0 ? $" (unknown tables: {string.Join(", ", unknown.Order(StringComparer.Ordinal))})" : " (no goals table)"));
        if (schema.TriggersAndViews.Count > 0)
            throw new UpgradeRefusedException($"the database holds {string.Join(", ", schema.TriggersAndViews)}, which no Fractal Goals era had; they cannot be carried over safely");
        if (schema.HasTable("practice_sessions")) return LegacyEra.December2025;
        // (b) and (c) differ by the columns the 2026-01-01 migration added; a drifted file is the era it is closest to
        var pre = Distance(schema, EraSchemas.Tables(LegacyEra.PreMigration, target));
        var post = Distance(schema, EraSchemas.Tables(LegacyEra.PostMigration, target));
        return post < pre ? LegacyEra.PostMigration : LegacyEra.PreMigration;
    }

    private static LegacyEra DetectOurs(SchemaSnapshot schema, IReadOnlyList<string> history, TargetSchema target)
    {
        var ours = target.History.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var foreign = history.Where(id => !ours.Contains(id)).ToList();
        if (foreign.Count > 0)
            throw new UpgradeRefusedException(
                $"the database was migrated by a newer or different server (unknown migrations: {string.Join(", ", foreign)}); this version cannot upgrade it");
        if (history.Count < ours.Count)
            throw new UpgradeRefusedException("the database is ours with pending migrations: start the API on it, which applies them");
        var differences = SchemaComparison.Differences(schema, target.Snapshot);
        if (differences.Count > 0)
            throw new UpgradeRefusedException(
                "the database has our migrations history but not our schema: " + string.Join("; ", differences.Take(5)));
        return LegacyEra.Current;
    }

    private static int Distance(SchemaSnapshot schema, IReadOnlyDictionary<string, string[]> expected)
    {
        var distance = 0;
        foreach (var (table, columns) in expected)
        {
            var actual = schema.Table(table);
            if (actual is null) continue;   // a missing table weighs the same in every era
            distance += columns.Count(c => !actual.Has(c)) + actual.Columns.Count(c => !columns.Contains(c.Name, StringComparer.OrdinalIgnoreCase));
        }
        return distance;
    }
}
