using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FractalGoals.Infrastructure.Persistence;
using FractalGoals.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FractalGoals.FunctionalTests.Health;

/// <summary>/health keeps the contract's four keys and names the database really open; /health/ready touches it (ADR 0039).</summary>
public sealed class HealthEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_answers_200_with_the_four_contract_keys_and_the_name_of_the_open_database()
    {
        var (status, body) = await GetAsync(factory, "/health");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", (string?)body["status"]);
        Assert.Equal(["database", "environment", "message", "status"], body.Select(p => p.Key).Order());
        var expected = factory.Provider == DatabaseProvider.Postgres ? new NpgsqlConnectionStringBuilder(factory.ConnectionString).Database : "api.db";
        Assert.Equal(expected, (string?)body["database"]);
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]
    public async Task Health_names_a_custom_sqlite_file_by_its_name_only()
    {
        var folder = Directory.CreateTempSubdirectory("fractal-goals-health-").FullName;
        try
        {
            await using var custom = ApiFactory.On(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "my-practice.sqlite")}");
            var (_, body) = await GetAsync(custom, "/health");
            Assert.Equal("my-practice.sqlite", (string?)body["database"]);   // the file name, not the folder
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    [Trait("Provider", "PostgresOnly")]
    public async Task Health_names_the_postgres_database_and_nothing_of_the_server_or_the_credentials()
    {
        // Unfiltered (`dotnet test FractalGoals.sln`) this class runs on the SQLite default; build/test.sh and CI run it on PostgreSQL.
        if (factory.Provider != DatabaseProvider.Postgres) Assert.Skip("Runs on the PostgreSQL pass (FRACTALGOALS_TEST_PROVIDER=postgres)");
        var server = new NpgsqlConnectionStringBuilder(factory.ConnectionString);
        var (_, body) = await GetAsync(factory, "/health");

        Assert.Equal(server.Database, (string?)body["database"]);
        var text = body.ToJsonString();
        Assert.DoesNotContain("Host=", text, StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrEmpty(server.Password)) Assert.DoesNotContain(server.Password, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_answers_200_healthy_when_the_database_answers()
    {
        var (status, body) = await GetAsync(factory, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", (string?)body["status"]);
    }

    [Fact]
    public async Task Ready_answers_503_unhealthy_when_the_database_is_gone()
    {
        await using var doomed = new ApiFactory();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(doomed, "/health/ready")).Status);

        if (doomed.Provider == DatabaseProvider.Postgres)
        {
            await TestStore.DropPostgresDatabaseAsync(doomed.ConnectionString);
        }
        else
        {
            // Closed pooled connections would still hold the deleted file open; a new one creates an empty file.
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { "", "-wal", "-shm" }) File.Delete(doomed.DatabaseFile + file);
        }
        var (status, body) = await GetAsync(doomed, "/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy", (string?)body["status"]);
        Assert.Equal(["status"], body.Select(p => p.Key));   // no exception text, no SQL
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(doomed, "/health")).Status);   // liveness does not touch the database
    }

    [Fact]
    public async Task The_openapi_document_describes_ready_with_its_200_and_503_bodies()
    {
        var document = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", Token))!;
        var responses = document["paths"]!["/health/ready"]!["get"]!["responses"]!.AsObject();

        Assert.Equal(["200", "503"], responses.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.All(responses, r => Assert.NotNull(r.Value!["content"]?["application/json"]?["schema"]));
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(ApiFactory api, string path)
    {
        var response = await api.CreateClient().GetAsync(new Uri(path, UriKind.Relative), Token);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>(Token))!);
    }
}
