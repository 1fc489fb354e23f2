using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// How a file differs from its era's expected schema, column by column and index by index (issue 6 point 1), and
/// whether each difference can be mapped: missing columns get their default or a derived value, columns our schema
/// already has are carried, extra legacy indexes are dropped, extra columns are dropped only when they hold no data.
/// </summary>
public sealed record DriftReport(
    IReadOnlyList<string> MissingTables,
    IReadOnlyList<string> MissingColumns,
    IReadOnlyList<string> UnexpectedColumns,
    IReadOnlyList<string> DroppedEmptyColumns,
    IReadOnlyList<string> ExtraIndexes,
    IReadOnlyList<string> MissingIndexes,
    IReadOnlyList<string> Unmappable)
{
    public bool HasDrift => MissingTables.Count + MissingColumns.Count + UnexpectedColumns.Count + ExtraIndexes.Count + MissingIndexes.Count > 0;

    public static readonly DriftReport None = new([], [], [], [], [], [], []);

    public static async Task<DriftReport> AnalyseAsync(SqliteConnection connection, SchemaSnapshot schema, LegacyEra era, TargetSchema target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(target);
        if (era == LegacyEra.Current) return None;
        var expected = EraSchemas.Tables(era, target);
        var missingTables = new List<string>();
        var missingColumns = new List<string>();
        var unexpected = new List<string>();
        var dropped = new List<string>();
        var unmappable = new List<string>();
        foreach (var (table, columns) in expected)
        {
            var actual = schema.Table(table);
            if (actual is null)
            {
                missingTables.Add(table);
                continue;
            }
            missingColumns.AddRange(columns.Where(c => !actual.Has(c)).Select(c => $"{table}.{c}"));
            unexpected.AddRange(actual.Columns.Where(c => !columns.Contains(c.Name, StringComparer.OrdinalIgnoreCase)).Select(c => $"{table}.{c.Name}"));
        }
        foreach (var table in schema.Tables.Values.Where(t => !expected.ContainsKey(t.Name)))
            unexpected.AddRange(table.Columns.Select(c => $"{table.Name}.{c.Name}"));   // a table a later era added

        foreach (var source in schema.Tables.Values)
        {
            var targetTable = target.Table(TableMapping.TargetOf(source.Name));
            foreach (var column in source.Columns.Where(c => !targetTable.Has(c.Name) && !TableMapping.IsArchived(source.Name, c.Name)))
            {
                if (source.Name == TableMapping.PracticeSessions && column.Name is "id") continue;
                var filled = (long)(await Sql.ScalarAsync(connection,
                    $"SELECT COUNT(*) FROM {Sql.Name(source.Name)} WHERE {Sql.Name(column.Name)} IS NOT NULL", cancellationToken))!;
                if (filled == 0) dropped.Add($"{source.Name}.{column.Name}");
                else unmappable.Add($"{source.Name}.{column.Name} holds data in {filled} rows and our schema has no such column");
            }
            var rows = await Sql.CountAsync(connection, source.Name, cancellationToken);
            if (rows == 0) continue;
            foreach (var column in targetTable.Columns.Where(c => c.NotNull && c.DefaultSql is null && !source.Has(c.Name)))
                if (!IsDerivable(source.Name, column.Name))
                    unmappable.Add($"{source.Name} lacks the required column {column.Name}");
        }

        var expectedIndexes = EraSchemas.Indexes(era, target);
        var named = schema.Indexes.Where(i => !i.IsAutomatic).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        return new DriftReport(
            missingTables, missingColumns, unexpected, dropped,
            named.Where(i => !expectedIndexes.Contains(i)).Order(StringComparer.Ordinal).ToList(),
            expectedIndexes.Where(i => !named.Contains(i)).Order(StringComparer.Ordinal).ToList(),
            unmappable);
    }

    private static bool IsDerivable(string sourceTable, string column) =>
        TableMapping.DerivedColumns.Contains(column) || (sourceTable == TableMapping.PracticeSessions && column == "type");
}
