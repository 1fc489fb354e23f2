using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>One legacy row: its rowid (kept, it is the insertion order, ADR 0021) and its values by column name.</summary>
public sealed class SourceRow(string table, long rowId, Dictionary<string, object?> values)
{
    public string Table { get; } = table;

    public long RowId { get; } = rowId;

    public IReadOnlyDictionary<string, object?> Values { get; } = values;

    public object? this[string column] => Values.GetValueOrDefault(column);

    public string? Text(string column) => this[column] switch
    {
        null => null,
        string text => text,
        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Every row of the legacy tables, read once (personal databases are small) so the plan can walk trees in memory.</summary>
public sealed class SourceData
{
    private readonly Dictionary<string, List<SourceRow>> _tables = new(StringComparer.Ordinal);

    public IReadOnlyList<SourceRow> Rows(string table) => _tables.GetValueOrDefault(table) ?? [];

    public IEnumerable<string> Tables => _tables.Keys;

    public static async Task<SourceData> ReadAsync(SqliteConnection connection, SchemaSnapshot schema, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(schema);
        var data = new SourceData();
        foreach (var table in schema.Tables.Values)
        {
            var rows = new List<SourceRow>();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT rowid, * FROM {Sql.Name(table.Name)} ORDER BY rowid";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                for (var i = 1; i < reader.FieldCount; i++)
                    values[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                rows.Add(new SourceRow(table.Name, reader.GetInt64(0), values));
            }
            data._tables[table.Name] = rows;
        }
        return data;
    }
}
