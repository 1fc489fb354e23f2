namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>One column as <c>PRAGMA table_info</c> reports it.</summary>
public sealed record ColumnInfo(string Name, string Type, bool NotNull, string? DefaultSql, int PrimaryKeyPosition);

/// <summary>One table: its CREATE statement and columns in physical order.</summary>
public sealed record TableInfo(string Name, string Sql, IReadOnlyList<ColumnInfo> Columns)
{
    public bool Has(string column) => Column(column) is not null;

    public ColumnInfo? Column(string column) => Columns.FirstOrDefault(c => string.Equals(c.Name, column, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One index; <see cref="Sql"/> is null for SQLite's automatic primary-key indexes.</summary>
public sealed record IndexInfo(string Name, string Table, string? Sql)
{
    public bool IsAutomatic => Sql is null;
}

/// <summary>What a database file holds, read from <c>sqlite_master</c> and the table pragmas, nothing else.</summary>
public sealed record SchemaSnapshot(
    IReadOnlyDictionary<string, TableInfo> Tables,
    IReadOnlyList<IndexInfo> Indexes,
    IReadOnlyList<string> TriggersAndViews)
{
    public TableInfo? Table(string name) => Tables.GetValueOrDefault(name);

    public bool HasTable(string name) => Tables.ContainsKey(name);

    /// <summary>The same schema without one table and its indexes.</summary>
    public SchemaSnapshot Without(string table) => new(
        Tables.Where(t => !string.Equals(t.Key, table, StringComparison.OrdinalIgnoreCase)).ToDictionary(StringComparer.OrdinalIgnoreCase),
        Indexes.Where(i => !string.Equals(i.Table, table, StringComparison.OrdinalIgnoreCase)).ToList(),
        TriggersAndViews);

    public IEnumerable<IndexInfo> IndexesOf(string table) =>
        Indexes.Where(i => string.Equals(i.Table, table, StringComparison.OrdinalIgnoreCase));
}
