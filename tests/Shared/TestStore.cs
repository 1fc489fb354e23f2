using FractalGoals.Infrastructure.Persistence;
using Npgsql;
using Testcontainers.PostgreSql;

namespace FractalGoals.TestSupport;

/// <summary>
/// Which store the integration and functional suites run on, and where a PostgreSQL server comes from (ADR 0027).
/// <c>FRACTALGOALS_TEST_PROVIDER=postgres</c> selects PostgreSQL (build/test.sh runs both suites a second time so);
/// the server is <c>FRACTALGOALS_TEST_POSTGRES</c> (a connection string whose role may CREATE DATABASE) or else a
/// Testcontainers container when a Docker engine is reachable. Every fixture gets a database of its own, dropped on
/// dispose. No server: the test is skipped, or fails under <c>FRACTALGOALS_REQUIRE_POSTGRES=1</c> (CI).
/// </summary>
public static class TestStore
{
    public const string ProviderVariable = "FRACTALGOALS_TEST_PROVIDER";
    public const string ServerVariable = "FRACTALGOALS_TEST_POSTGRES";
    public const string RequireVariable = "FRACTALGOALS_REQUIRE_POSTGRES";

    public static DatabaseProvider Provider { get; } = DatabaseProviders.Parse(Environment.GetEnvironmentVariable(ProviderVariable));

    public static bool IsPostgres => Provider == DatabaseProvider.Postgres;

    private static readonly Lazy<Task<string?>> Server = new(FindServerAsync);
    private static PostgreSqlContainer? _container;

    /// <summary>A new, empty PostgreSQL database (UTF-8, "C" locale) for one fixture: its connection string.</summary>
    public static async Task<string> CreatePostgresDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var server = await Server.Value ?? Unavailable();
        var name = "fg_test_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreatePostgresDatabaseAsync"/>, closing its pooled connections first.</summary>
    public static async Task DropPostgresDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var own = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(own);
        var server = await Server.Value;
        if (server is null) return;
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{builder.Database}\" WITH (FORCE)";
        // FORCE may not end a backend of another role (an autovacuum worker visiting the new database: 42501) nor
        // outrun one that is just connecting (55006); both are gone a moment later.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException busy) when (attempt < 20 && busy.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(250);
            }
        }
    }

    /// <summary>
    /// Whether a class fixture should make its PostgreSQL database now: false when there is no server and none is
    /// required. xunit.v3 (3.2.1) reports a skip thrown from a class fixture's InitializeAsync as a failure, so such a
    /// fixture stays empty and each test skips itself on first use (<see cref="SkipWithoutServer{T}"/>); under
    /// <c>FRACTALGOALS_REQUIRE_POSTGRES=1</c> the fixture goes on, and fails.
    /// </summary>
    public static async Task<bool> FixtureShouldCreatePostgresAsync() => Required || await Server.Value is not null;

    /// <summary>Skips the calling test for want of a server (fails under <c>FRACTALGOALS_REQUIRE_POSTGRES=1</c>); never returns.</summary>
    public static T SkipWithoutServer<T>()
    {
        Unavailable();
        return default!;
    }

    private static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    private static string Unavailable()
    {
        var reason = $"No PostgreSQL server: set {ServerVariable} to a connection string whose role may CREATE DATABASE, or make a Docker engine reachable for Testcontainers";
        if (Required)
            throw new InvalidOperationException(reason + $" ({RequireVariable}=1, so this fails instead of skipping)");
        Assert.Skip(reason);
        return reason;
    }

    // An explicit server wins over starting a container: CI and developers with a local PostgreSQL need no Docker.
    private static async Task<string?> FindServerAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ServerVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (!DockerReachable()) return null;
        _container = new PostgreSqlBuilder("postgres:17-alpine").Build();
        await _container.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return _container.GetConnectionString();
    }

    private static bool DockerReachable() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock")
        || File.Exists(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker", "run", "docker.sock"));
}
