using FractalGoals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// A server killed while it migrated leaves EF Core's SQLite migration lock row behind; the next start must migrate,
/// not wait for it forever (<see cref="SqliteMigrationLock"/>).
/// </summary>
[Trait("Provider", "SqliteOnly")]
public sealed class StaleMigrationLockTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Token);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private string LastMigration()
    {
        using var db = _database.NewContext();
        return db.Database.GetMigrations().Last();
    }

    [Fact]
    public async Task A_start_after_a_migrator_died_migrates_instead_of_waiting_for_its_lock_row()
    {
        await _database.MigrateBackBeforeAsync(LastMigration(), Token);   // one migration pending
        Sql.Execute(_database, "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL)");
        Sql.Execute(_database, "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-12-07 14:21:37.0655443+00:00')");   // the dead migrator's

        await using (var db = _database.NewContext())
            await DatabaseInitializer.MigrateAsync(db, Token).WaitAsync(TimeSpan.FromSeconds(60), Token);

        await using var migrated = _database.NewContext();
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync(Token));
    }

    [Fact]
    public async Task A_second_migrator_waits_while_the_first_holds_the_file_then_migrates()
    {
        await _database.MigrateBackBeforeAsync(LastMigration(), Token);
        await using var db = _database.NewContext();
        Task waiting;
        await using (new FileStream(_database.FilePath, FileMode.Open, FileAccess.Read, FileShare.None))   // a live migrator
        {
            waiting = DatabaseInitializer.MigrateAsync(db, Token);
            await Task.Delay(500, Token);
            Assert.False(waiting.IsCompleted, "the second migrator went on while the first held the file");
        }

        await waiting.WaitAsync(TimeSpan.FromSeconds(60), Token);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Token));
    }
}
