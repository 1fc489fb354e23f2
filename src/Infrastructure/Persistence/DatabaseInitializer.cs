using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>Brings a database to the current schema at start: WAL journal, pending migrations, planner statistics.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(FractalGoalsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await EnsureOursAsync(db, cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);   // readers no longer block the writer
        // Migrate takes EF's migration lock (a table, two writes) even when nothing is pending: look first (ADR 0033).
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            using var migrator = await SqliteMigrationLock.TakeAsync(db, cancellationToken);
            await MetricValueSlot.QuarantineDuplicatesAsync(db, cancellationToken);   // or the slot index cannot be built (ADR 0046)
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize = 0x10002;", cancellationToken);   // statistics, so the planner picks the partial indexes
    }

    /// <summary>
    /// Refuses, before writing anything, a database that has tables but no migration history: one the legacy server
    /// made (or another program's). Migrating it would fail half-way after adding history tables and switching the
    /// journal mode; it must go through <c>db upgrade</c> instead.
    /// </summary>
    private static async Task EnsureOursAsync(FractalGoalsDbContext db, CancellationToken cancellationToken)
    {
        var tables = await TableNamesAsync(db, cancellationToken);
        if (tables.Count > 0 && !tables.Contains(HistoryTable))
            throw new UnrecognisedDatabaseException(
                $"the database holds tables ({string.Join(", ", tables.Order(StringComparer.Ordinal).Take(5))}…) but no {HistoryTable}: it was not made by this server");
    }

    private const string HistoryTable = "__EFMigrationsHistory";

    private static async Task<HashSet<string>> TableNamesAsync(FractalGoalsDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlite()
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var names = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) names.Add(reader.GetString(0));
            names.Remove("__EFMigrationsLock");   // EF's own lock table says nothing about who made the schema
            return names;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }
}

/// <summary>The database at the configured location was not made by this server (see <c>db upgrade</c>).</summary>
public sealed class UnrecognisedDatabaseException(string message) : Exception(message);
