using FractalGoals.Infrastructure;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FractalGoals.IntegrationTests;

/// <summary>
/// A real SQLite file in a temp folder, migrated exactly as the API does at start (WAL, foreign keys).
/// Deleted on dispose. Each context gets its own connection, as two requests would.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fractal-goals-tests", Guid.NewGuid().ToString("N"));

    private TestDatabase() => Directory.CreateDirectory(_folder);

    public string FilePath => Path.Combine(_folder, "test.db");

    public string ConnectionString => SqliteConnectionStrings.Normalise($"Data Source={FilePath}");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 2, 9, 30, 0, TimeSpan.Zero));

    public static async Task<TestDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var database = new TestDatabase();
        await using var db = database.NewContext();
        await DatabaseInitializer.MigrateAsync(db, cancellationToken);
        return database;
    }

    public FractalGoalsDbContext NewContext()
    {
        var options = InfrastructureServices.Configure(new DbContextOptionsBuilder<FractalGoalsDbContext>(), ConnectionString).Options;
        return new FractalGoalsDbContext(options, Clock);
    }

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection on another thread; the temp folder is cleaned by the OS.
        }
    }
}
