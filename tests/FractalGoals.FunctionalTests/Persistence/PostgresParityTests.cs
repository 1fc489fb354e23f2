using System.Net;
using System.Net.Http.Json;
using FractalGoals.Api.Cli;
using FractalGoals.Infrastructure.Persistence;
using FractalGoals.TestSupport;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

using static FractalGoals.FunctionalTests.Persistence.ParityHttp;

namespace FractalGoals.FunctionalTests.Persistence;

/// <summary>
/// The API on PostgreSQL answers with the same bytes as on SQLite: data made through the HTTP API on SQLite is
/// moved with <c>db copy</c> into an empty PostgreSQL database, and the API started on that database answers every
/// read route with the identical body (same ids, timestamps, JSON blobs, order of lists, names sorted bytewise).
/// </summary>
[Trait("Provider", "PostgresOnly")]
public sealed class PostgresParityTests : IAsyncLifetime
{
    private const string SessionData = """{ "sections" : [ {"name":"Warm-up ✓"} ], "reps":"15", "x":{"n":1.50} }""";

    private string _postgres = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _postgres = await TestStore.CreatePostgresDatabaseAsync(Token);

    public async ValueTask DisposeAsync() => await TestStore.DropPostgresDatabaseAsync(_postgres);

    [Fact]
    public async Task Every_read_route_answers_the_same_body_on_postgres_after_db_copy_as_on_sqlite()
    {
        await using var sqlite = ApiFactory.On(DatabaseProvider.Sqlite);
        var routes = await SeedThroughHttpAsync(sqlite.CreateClient());
        var expected = await BodiesAsync(sqlite.CreateClient(), routes);

        var (exit, output, error) = await DbAsync("copy", "--from", sqlite.DatabaseFile, "--to", _postgres);
        Assert.True(exit == DbCommandLine.Succeeded, output + error);
        Assert.Contains("copied and verified", output, StringComparison.Ordinal);

        await using var postgres = ApiFactory.On(DatabaseProvider.Postgres, _postgres);
        var actual = await BodiesAsync(postgres.CreateClient(), routes);
        Assert.All(routes, route => Assert.Equal(expected[route], actual[route]));
        var activities = System.Text.Json.Nodes.JsonNode.Parse(actual[routes[9]])!.AsArray();
        Assert.Equal(["Squat", "Zed", "apple", "bench", "Ärmel"], activities.Select(a => (string?)a!["name"]));   // bytewise, as SQLite's BINARY

        var again = await DbAsync("copy", "--from", sqlite.DatabaseFile, "--to", _postgres);
        Assert.Equal(DbCommandLine.Refused, again.Exit);   // the target now holds rows
        Assert.Contains("not empty", again.Error, StringComparison.Ordinal);
    }

    private static async Task<List<string>> SeedThroughHttpAsync(HttpClient client)
    {
        var chain = await client.CreateChainAsync();
        var root = chain.Root;
        var second = (string)(await client.CreateGoalAsync(root, chain.MidTerm, "ShortTermGoal", "alpha short"))["id"]!;
        await client.CreateGoalAsync(root, chain.MidTerm, "ShortTermGoal", "Zeta short", "2027-01-31");
        var doomed = (string)(await client.CreateGoalAsync(root, chain.MidTerm, "ShortTermGoal", "deleted short"))["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await client.SendJsonAsync(HttpMethod.Patch, $"/api/{root}/goals/{chain.LongTerm}/complete", """{"completed": true}""")).StatusCode);
        Assert.True((await client.DeleteAsync(new Uri($"/api/{root}/goals/{doomed}", UriKind.Relative), Token)).IsSuccessStatusCode);

        var group = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push", "description": "Pushing"}"""))["id"]!;
        // Names whose bytewise order differs from a linguistic one: upper case before lower case, ASCII before Ä.
        var activity = (string)(await CreateAsync(client, $"/api/{root}/activities", $$"""
            {"name": "bench", "metrics": [{"name": "Reps", "unit": "count"}, {"name": "Weight", "unit": "kg", "is_top_set_metric": true}],
             "splits": [{"name": "Left"}, {"name": "Right"}], "has_sets": true, "has_splits": true, "group_id": "{{group}}"}
            """))["id"]!;
        foreach (var name in new[] { "Squat", "Ärmel", "apple", "Zed" })
            await CreateAsync(client, $"/api/{root}/activities", $$"""{"name": "{{name}}"}""");
        var template = (string)(await CreateAsync(client, $"/api/{root}/session-templates", """{"name": "Leg day", "template_data": {"sections": [ {"name":"Main", "x":[1, 2.50]} ]}}"""))["id"]!;
        var program = (string)(await CreateAsync(client, $"/api/{root}/programs", $$$"""
            {"name": "Winter", "start_date": "2026-02-01", "end_date": "2026-02-28", "selectedGoals": ["{{{chain.ShortTerm}}}"],
             "weeklySchedule": [{"id": "1767300000001", "name": "B", "startDate": "2026-02-02", "endDate": "2026-02-15", "color": "#3A86FF",
                                 "weeklySchedule": {"monday": ["{{{template}}}"], "thursday": ["{{{template}}}", "{{{template}}}"]}},
                                {"id": "1767300000002", "name": "A", "startDate": "2026-02-16", "endDate": "2026-02-22"}]}
            """))["id"]!;
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/{root}/programs/{program}/blocks/1767300000002/days",
            new { name = "Abstract", template_ids = new[] { template }, day_of_week = "" }, Token)).StatusCode);

        var session = await client.PostAsJsonAsync($"/api/{root}/sessions",
            new { name = "Monday", description = "", parent_ids = new[] { second, chain.ShortTerm }, duration_minutes = 65, session_data = SessionData }, Token);
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
        var sessionId = (string)(await ReadObjectAsync(session))["id"]!;
        var instance = await client.PostAsJsonAsync($"/api/{root}/sessions/{sessionId}/activities", new { activity_definition_id = activity }, Token);
        var instanceId = (string)(await ReadObjectAsync(instance))["id"]!;
        var activityBody = await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/{root}/activities", Token);
        var bench = activityBody!.Single(a => (string?)a!["id"] == activity)!;
        var metrics = bench["metric_definitions"]!.AsArray().Select(m => (string)m!["id"]!).ToList();
        var splits = bench["split_definitions"]!.AsArray().Select(s => (string)s!["id"]!).ToList();
        Assert.True((await client.PutAsJsonAsync($"/api/{root}/sessions/{sessionId}/activities/{instanceId}/metrics", new
        {
            metrics = new object[]
            {
                new { metric_id = metrics[1], value = 100.5, split_id = splits[1] },
                new { metric_id = metrics[1], value = 90, split_id = splits[0] },
                new { metric_id = metrics[0], value = "12" },
            },
        }, Token)).IsSuccessStatusCode);
        Assert.True((await client.PostAsync(new Uri($"/api/{root}/activity-instances/{instanceId}/start", UriKind.Relative), null, Token)).IsSuccessStatusCode);

        return
        [
            "/api/fractals", "/api/goals", "/api/practice-sessions",
            $"/api/{root}/goals", $"/api/{root}/goals/{chain.LongTerm}", $"/api/{root}/goals/{sessionId}",
            $"/api/{root}/sessions", $"/api/{root}/sessions/{sessionId}/activities", $"/api/{root}/activity-instances",
            $"/api/{root}/activities", $"/api/{root}/activity-groups", $"/api/{root}/session-templates",
            $"/api/{root}/programs", $"/api/{root}/programs/{program}",
        ];
    }
}
