using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.Seeding;

/// <summary>
/// Bulk insert through one prepared <see cref="SqliteCommand"/> per table, inside the caller's transaction: no change
/// tracking, no per-row allocation beyond the values. Rows are written in creation order, so SQLite's rowid is the
/// insertion order the API reads (ADR 0021). Foreign keys stay enforced, so a row naming a missing parent fails.
/// </summary>
internal sealed class SeedWriter(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<SeedTable, SqliteCommand> _commands = [];
    private readonly Dictionary<string, long> _counts = SeedTable.All.ToDictionary(t => t.Name, _ => 0L, StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public IReadOnlyDictionary<string, long> Counts => _counts;

    public long Count(SeedTable table) => _counts[table.Name];

    public void Begin()
    {
        _transaction = connection.BeginTransaction();
        foreach (var command in _commands.Values) command.Transaction = _transaction;
    }

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }

    public void Insert(SeedTable table, params object?[] values)
    {
        var command = CommandFor(table);
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
        _counts[table.Name]++;
    }

    private SqliteCommand CommandFor(SeedTable table)
    {
        if (_commands.TryGetValue(table, out var command)) return command;
#pragma warning disable CA2100 // the text is built from the fixed column lists of SeedTable, never from input
        command = connection.CreateCommand();
        command.CommandText = table.InsertSql;
#pragma warning restore CA2100
        command.Transaction = _transaction;
        for (var i = 0; i < table.Columns.Count; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        _commands[table] = command;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _transaction?.Dispose();
    }
}
