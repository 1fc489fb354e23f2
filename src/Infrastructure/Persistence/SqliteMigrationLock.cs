using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// EF Core marks a SQLite migration in progress with a row in <c>__EFMigrationsLock</c>, and a migrator that finds the
/// row waits for it to go, forever. A server killed while migrating (a service manager's stop timeout on a large file)
/// leaves the row behind, and every later start then hangs without a word. So the migrators of this server also hold
/// an OS lock on the database file while they migrate (released by the OS when the process dies): whoever holds it
/// knows no live migrator of ours is at work, and a row still there is stale and is removed.
/// </summary>
internal static class SqliteMigrationLock
{
    public static async Task<IDisposable?> TakeAsync(FractalGoalsDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return null;   // PostgreSQL's migration lock is a session lock: it dies with its holder
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || !File.Exists(file)) return null;
        var held = await HoldAsync(file, cancellationToken);
        try
        {
            if (await LockTableExistsAsync(db, cancellationToken))
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
            return held;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    // FileShare.None is an exclusive flock on Unix (and a share lock on Windows); SQLite's own locks are separate.
    private static async Task<FileStream> HoldAsync(string file, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);   // another server is migrating: wait
            }
        }
    }

    private static async Task<bool> LockTableExistsAsync(FractalGoalsDbContext db, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<long>(
            "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'").SingleAsync(cancellationToken) > 0;
}
