using System.Data.Common;
using FractalGoals.Infrastructure;
using FractalGoals.Infrastructure.Persistence;
using FractalGoals.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace FractalGoals.IntegrationTests;

/// <summary>
/// A real database migrated exactly as the API does at start, on the suite's provider (<see cref="TestStore"/>):
/// a SQLite file in a temp folder (WAL, foreign keys), or a PostgreSQL database of its own. Deleted (dropped) on
/// dispose. Each context gets its own connection, as two requests would.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fractal-goals-tests", Guid.NewGuid().ToString("N"));

    private TestDatabase(DatabaseProvider provider, string? postgresConnectionString)
    {
        Provider = provider;
        Directory.CreateDirectory(_folder);
        ConnectionString = postgresConnectionString ?? SqliteConnectionStrings.Normalise($"Data Source={Path.Combine(_folder, "test.db")}");
    }

    public DatabaseProvider Provider { get; }

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>The SQLite file; SQLite-only tests (trait Provider=SqliteOnly) use it.</summary>
    public string FilePath => IsPostgres
        ? throw new InvalidOperationException("A PostgreSQL test database has no file: mark the test [Trait(\"Provider\", \"SqliteOnly\")]")
        : Path.Combine(_folder, "test.db");

    /// <summary>A folder of its own for files the test makes (copies, exports); deleted with the database.</summary>
    public string Folder => _folder;

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 2, 9, 30, 0, TimeSpan.Zero));

    /// <summary>A database on the suite's provider (<c>FRACTALGOALS_TEST_PROVIDER</c>).</summary>
    public static Task<TestDatabase> CreateAsync(CancellationToken cancellationToken) => CreateAsync(TestStore.Provider, cancellationToken);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var server = provider == DatabaseProvider.Postgres ? await TestStore.CreatePostgresDatabaseAsync(cancellationToken) : null;
        var database = new TestDatabase(provider, server);
        await using var db = database.NewContext();
        await DatabaseInitializer.MigrateAsync(db, cancellationToken);
        return database;
    }

    public FractalGoalsDbContext NewContext() => InfrastructureServices.CreateContext(Provider, ConnectionString, Clock);

    /// <summary>
    /// Migrates back to just before the migration whose name ends with <paramref name="migration"/>, as a database of
    /// an older release would be: that migration and every later one are pending again.
    /// </summary>
    public async Task MigrateBackBeforeAsync(string migration, CancellationToken cancellationToken)
    {
        await using var db = NewContext();
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith(migration, StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before, cancellationToken);
    }

    public DbConnection OpenConnection()
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (IsPostgres) await TestStore.DropPostgresDatabaseAsync(ConnectionString);
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
