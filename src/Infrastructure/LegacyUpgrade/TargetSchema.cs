using FractalGoals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// The schema an upgraded file must end with, taken from a database freshly migrated by our own EF migrations (so the
/// upgrade can never drift from what the API creates): the tables' and indexes' SQL, and the history rows to stamp.
/// </summary>
public sealed class TargetSchema
{
    public const string HistoryTable = "__EFMigrationsHistory";
    public const string LockTable = "__EFMigrationsLock";

    private TargetSchema(SchemaSnapshot snapshot, IReadOnlyList<(string Id, string ProductVersion)> history)
    {
        Snapshot = snapshot;
        History = history;
    }

    public SchemaSnapshot Snapshot { get; }

    /// <summary>The rows of <c>__EFMigrationsHistory</c> a fresh database holds: our migration ids.</summary>
    public IReadOnlyList<(string Id, string ProductVersion)> History { get; }

    /// <summary>Our data tables in creation (dependency) order, without EF's history and lock tables.</summary>
    public IEnumerable<TableInfo> DataTables => Snapshot.Tables.Values.Where(t => !IsEfTable(t.Name));

    public TableInfo Table(string name) => Snapshot.Table(name) ?? throw new InvalidOperationException($"no table {name} in the target schema");

    public IEnumerable<IndexInfo> NamedIndexes => Snapshot.Indexes.Where(i => !i.IsAutomatic && !IsEfTable(i.Table));

    public static bool IsEfTable(string name) => name is HistoryTable or LockTable;

    public static async Task<TargetSchema> CreateAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("fractal-goals-target-");
        var file = Path.Combine(folder.FullName, "target.db");
        try
        {
            await using (var db = InfrastructureServices.CreateContext(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False", TimeProvider.System))
                await db.Database.MigrateAsync(cancellationToken);
            await using var connection = Sql.Open(file, SqliteOpenMode.ReadOnly);
            var snapshot = await SchemaInspector.ReadAsync(connection, cancellationToken);
            var history = new List<(string, string)>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT MigrationId, ProductVersion FROM {HistoryTable} ORDER BY MigrationId";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken)) history.Add((reader.GetString(0), reader.GetString(1)));
            }
            return new TargetSchema(snapshot, history);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // a temp folder the OS cleans
            }
        }
    }
}
