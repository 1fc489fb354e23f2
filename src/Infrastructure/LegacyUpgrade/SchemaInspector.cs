using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>Reads a file's schema by inspection (sqlite_master, table_info): the era is recognised from this, never from a version table.</summary>
public static class SchemaInspector
{
    public static async Task<SchemaSnapshot> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var tables = new Dictionary<string, TableInfo>(StringComparer.OrdinalIgnoreCase);
        var indexes = new List<IndexInfo>();
        var others = new List<string>();
        var entries = new List<(string Type, string Name, string Table, string? Sql)>();
        await using (var command = connection.CreateCommand())
        {
            // rowid order = creation order, so tables are recreated in the order the migrations made them
            command.CommandText = "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' OR type = 'index' ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                entries.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }
        foreach (var (type, name, table, sql) in entries)
        {
            switch (type)
            {
                case "table":
                    tables[name] = new TableInfo(name, sql ?? "", await ColumnsAsync(connection, name, cancellationToken));
                    break;
                case "index":
                    if (!table.StartsWith("sqlite_", StringComparison.Ordinal)) indexes.Add(new IndexInfo(name, table, sql));
                    break;
                default:
                    others.Add($"{type} {name}");
                    break;
            }
        }
        return new SchemaSnapshot(tables, indexes, others);
    }

    private static async Task<IReadOnlyList<ColumnInfo>> ColumnsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        var columns = new List<ColumnInfo>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info({Sql.Literal(table)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            columns.Add(new ColumnInfo(reader.GetString(0), reader.GetString(1), reader.GetInt64(2) != 0,
                reader.IsDBNull(3) ? null : reader.GetString(3), (int)reader.GetInt64(4)));
        return columns;
    }
}
