using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>Brings a database to the current schema at start: WAL journal, pending migrations, planner statistics.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(FractalGoalsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);   // readers no longer block the writer
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize = 0x10002;", cancellationToken);   // statistics, so the planner picks the partial indexes
    }
}
