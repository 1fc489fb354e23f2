using System.Security.Cryptography;
using FractalGoals.Infrastructure;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>Starting the server on a database it did not make changes nothing and says what to do instead.</summary>
[Trait("Provider", "SqliteOnly")]   // the legacy files are SQLite
public sealed class DatabaseInitializerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fractal-goals-init-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("prod-2026-01-01-pre-migration.db")]
    [InlineData("post-migration-reference.db")]
    public async Task A_legacy_database_is_refused_before_anything_is_written(string fixture)
    {
        var file = LegacyFixtures.CopyTo(Path.Combine(LegacyFixtures.Folder, fixture), _folder);
        var before = await File.ReadAllBytesAsync(file, Ct);

        var error = await Assert.ThrowsAsync<UnrecognisedDatabaseException>(() => MigrateAsync(file));

        Assert.Contains("no __EFMigrationsHistory", error.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(SHA256.HashData(before), SHA256.HashData(await File.ReadAllBytesAsync(file, Ct)));
        Assert.False(File.Exists(file + "-wal") && new FileInfo(file + "-wal").Length > 0);
    }

    [Fact]
    public async Task A_new_file_and_a_database_of_ours_migrate_and_migrating_again_changes_nothing()
    {
        var file = Path.Combine(_folder, "new.db");

        await MigrateAsync(file);
        await MigrateAsync(file);

        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'";
        Assert.Equal(28L + 5 + 5, (long)(await command.ExecuteScalarAsync(Ct))!);   // the reference's 28, the 5 added by ADR 0019 (7, 8, 9), the account tables' 5 (ADR 0051)
    }

    private static async Task MigrateAsync(string file)
    {
        await using var db = InfrastructureServices.CreateContext(DatabaseProvider.Sqlite, $"Data Source={file}", new FakeTimeProvider());
        await DatabaseInitializer.MigrateAsync(db, Ct);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a pooled connection on another thread still holds a file; the OS cleans temp folders
        }
    }
}
