using System.Net;
using System.Text.Json.Nodes;
using FractalGoals.Api.Cli;
using FractalGoals.Infrastructure.Persistence;
using FractalGoals.FunctionalTests.LegacyUpgrade;
using FractalGoals.IntegrationTests;
using FractalGoals.TestSupport;

using static FractalGoals.FunctionalTests.Persistence.ParityHttp;

namespace FractalGoals.FunctionalTests.Persistence;

/// <summary>
/// Issue 7's end-to-end proof on real data: the production fixture is upgraded (<c>db upgrade</c>), copied into an
/// empty PostgreSQL database (<c>db copy</c>, which verifies counts and checksums), and the API started on each
/// answers every read route of every fractal with the same bytes.
/// </summary>
[Trait("Provider", "PostgresOnly")]
public sealed class ProdFixtureParityTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fractal-goals-prod-parity", Guid.NewGuid().ToString("N"));
    private static readonly string[] FractalRoutes =
        ["goals", "sessions", "activities", "activity-groups", "session-templates", "programs", "activity-instances"];

    private string _postgres = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _postgres = await TestStore.CreatePostgresDatabaseAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        await TestStore.DropPostgresDatabaseAsync(_postgres);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* pooled handle; temp is cleaned by the OS */ }
    }

    [Fact]
    public async Task The_upgraded_production_fixture_copied_to_postgres_answers_every_route_with_the_same_body()
    {
        var file = UpgradeCli.CopyFixture(Path.GetFileName(LegacyFixtures.PreMigrationProduction), _folder);
        var upgrade = await DbAsync("upgrade", "--database", file);
        Assert.True(upgrade.Exit == DbCommandLine.Succeeded, upgrade.Output + upgrade.Error);

        Dictionary<string, string> expected;
        List<string> routes;
        await using (var sqlite = ApiFactory.On(DatabaseProvider.Sqlite, $"Data Source={file}"))
        {
            var client = sqlite.CreateClient();
            routes = await RoutesAsync(client);
            expected = await BodiesAsync(client, routes);
        }
        // the fixture's data reaches the deep routes: a program's detail and a session's instances with metric values
        Assert.Contains(routes, r => r.Contains("/programs/", StringComparison.Ordinal));
        Assert.Contains(expected, pair => pair.Key.EndsWith("/activities", StringComparison.Ordinal) && pair.Key.Contains("/sessions/", StringComparison.Ordinal)
                                          && pair.Value.Contains("\"metric_id\"", StringComparison.Ordinal));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var copy = await DbAsync("copy", "--from", file, "--to", _postgres);
        Assert.True(copy.Exit == DbCommandLine.Succeeded, copy.Output + copy.Error);
        Assert.Contains("copied and verified", copy.Output, StringComparison.Ordinal);

        await using var postgres = ApiFactory.On(DatabaseProvider.Postgres, _postgres);
        var actual = await BodiesAsync(postgres.CreateClient(), routes);
        Assert.All(routes, route => Assert.Equal(expected[route], actual[route]));
    }

    // Every fractal's read routes, plus one detail route per program, per session's activities and per goal level,
    // discovered from the SQLite API's own answers (so the test follows the data, whatever the fixture holds).
    private static async Task<List<string>> RoutesAsync(HttpClient client)
    {
        var routes = new List<string> { "/api/fractals", "/api/goals", "/api/practice-sessions" };
        var fractals = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/fractals", UriKind.Relative), Token))!.AsArray();
        Assert.NotEmpty(fractals);
        foreach (var root in fractals.Select(f => (string)f!["id"]!))
        {
            routes.AddRange(FractalRoutes.Select(tail => $"/api/{root}/{tail}"));
            var programs = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/{root}/programs", UriKind.Relative), Token))!.AsArray();
            routes.AddRange(programs.Select(p => $"/api/{root}/programs/{(string)p!["id"]!}"));
            var sessions = JsonNode.Parse(await client.GetStringAsync(new Uri($"/api/{root}/sessions", UriKind.Relative), Token))!.AsArray();
            foreach (var session in sessions.Take(25))
            {
                var id = (string)session!["id"]!;
                routes.Add($"/api/{root}/sessions/{id}/activities");
                routes.Add($"/api/{root}/goals/{id}");
            }
            routes.Add($"/api/{root}/goals/{root}");
        }
        return routes;
    }
}
