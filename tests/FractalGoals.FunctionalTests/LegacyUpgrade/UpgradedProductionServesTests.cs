using System.Net;
using System.Text.Json.Nodes;
using FractalGoals.Infrastructure.LegacyUpgrade;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace FractalGoals.FunctionalTests.LegacyUpgrade;

/// <summary>
/// Issue 6: after <c>db upgrade</c> of the production file, the API starts on it (start-up refused it before) and
/// serves its fractals, goal trees, sessions and activities in the contract's shapes, with the counts the file holds.
/// </summary>
[Trait("Provider", "SqliteOnly")]
public sealed class UpgradedProductionServesTests : IDisposable
{
    private const string Guitar = "a845a548-8d99-4684-a2c4-debe0caa69ce";
    private const string Calisthenics = "2c848745-856e-4e3a-8b05-ebdd206de496";
    private static readonly string[] FractalSummaryKeys = ["created_at", "description", "id", "name", "type", "updated_at"];
    private static readonly string[] NodeKeys = ["attributes", "children", "id", "name"];
    private static readonly string[] SessionNodeKeys = ["attributes", "children", "id", "name", "session_end", "session_start", "template_id", "total_duration_seconds"];   // ADR 0048
    private readonly string _folder = Directory.CreateTempSubdirectory("fractal-goals-upgraded-api-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_api_serves_the_upgraded_production_file_in_the_contracts_shapes()
    {
        var file = UpgradeCli.CopyFixture("prod-2026-01-01-pre-migration.db", _folder);
        var report = await new LegacyUpgrader(TimeProvider.System).UpgradeAsync(file, new UpgradeOptions(), Token);
        Assert.Equal(UpgradeReport.Upgraded, report.Outcome);

        await using var api = ApiFactory.On(DatabaseProvider.Sqlite, $"Data Source={file}");
        using var client = api.CreateClient();

        var fractals = await GetAsync(client, "/api/fractals");
        Assert.Equal([Guitar, Calisthenics], fractals.AsArray().Select(f => (string?)f!["id"]));   // created_at ascending
        Assert.All(fractals.AsArray(), f => Assert.Equal(FractalSummaryKeys, Keys(f!)));
        Assert.Equal("Become a Great Guitar Player", (string?)fractals[0]!["name"]);
        Assert.Equal("2025-12-21T22:52:28.442831", (string?)fractals[0]!["created_at"]);

        foreach (var root in new[] { Guitar, Calisthenics })
        {
            var tree = await GetAsync(client, $"/api/{root}/goals");
            Assert.Equal(NodeKeys, Keys(tree));
            Assert.Equal(root, (string?)tree["attributes"]!["id"]);
            Assert.Equal("UltimateGoal", (string?)tree["attributes"]!["type"]);
            // the root and every goal and session under it, by our own SQL on the upgraded file
            Assert.Equal(Count(file, $"SELECT COUNT(*) FROM goals WHERE root_id = '{root}' AND NOT (type = 'PracticeSession' AND parent_id IS NULL)"), 1 + Nodes(tree).Count());
            Assert.All(Nodes(tree), n => Assert.Equal((string?)n["attributes"]!["type"] == "PracticeSession" ? SessionNodeKeys : NodeKeys, Keys(n)));

            var sessions = (await GetAsync(client, $"/api/{root}/sessions")).AsArray();
            Assert.Equal(Count(file, $"SELECT COUNT(*) FROM goals WHERE root_id = '{root}' AND type = 'PracticeSession'"), sessions.Count);
            Assert.All(sessions, s =>
            {
                Assert.Equal("PracticeSession", (string?)s!["attributes"]!["type"]);
                Assert.NotNull(s["attributes"]!["parent_ids"]);
                Assert.Equal(root, (string?)s["attributes"]!["root_id"]);
            });
            var created = sessions.Select(s => (string?)s!["attributes"]!["created_at"]).ToList();
            Assert.Equal(created.OrderDescending(StringComparer.Ordinal), created);   // newest first

            var activities = (await GetAsync(client, $"/api/{root}/activities")).AsArray();
            Assert.Equal(Count(file, $"SELECT COUNT(*) FROM activity_definitions WHERE root_id = '{root}' AND deleted_at IS NULL"), activities.Count);
            Assert.All(activities, a =>
            {
                Assert.NotNull(a!["metric_definitions"]);
                Assert.NotNull(a["split_definitions"]);
                Assert.Null(a["root_id"]);
            });
        }
        // a session with a tree parent but no junction row (domain-rules §16 #11) still names its parent
        var guitarSessions = (await GetAsync(client, $"/api/{Guitar}/sessions")).AsArray();
        var unlinked = guitarSessions.Single(s => ((string?)s!["id"])!.StartsWith("f430d9e7", StringComparison.Ordinal))!;
        Assert.Contains(unlinked["attributes"]!["parent_ids"]!.AsArray(), p => ((string?)p)!.StartsWith("a0918eb7", StringComparison.Ordinal));
    }

    private static async Task<JsonNode> GetAsync(HttpClient client, string route)
    {
        using var response = await client.GetAsync(new Uri(route, UriKind.Relative), Token);
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    private static string[] Keys(JsonNode node) => [.. node.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)];

    private static IEnumerable<JsonNode> Nodes(JsonNode root) =>
        root["children"]!.AsArray().SelectMany(child => Nodes(child!).Prepend(child!));

    private static long Count(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
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
            // the OS cleans temp folders
        }
    }
}
