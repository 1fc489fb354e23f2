using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Sessions.SessionTestData;

namespace FractalGoals.FunctionalTests.Sessions;

/// <summary>Contract #14 (legacy session creation) and #17 (every session of every fractal).</summary>
public sealed class LegacySessionEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Legacy_create_answers_201_with_success_and_a_numbered_session_linked_to_every_parent()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        await CreateSessionAsync(client, fractal.RootId, new { });   // one session already: the next is number 2

        var response = await client.PostAsJsonAsync("/api/goals/practice-session", new
        {
            parent_ids = fractal.ShortTermGoalIds,
            immediate_goals = new object[] { new { name = "5 x 8 s tuck holds", description = "" }, new { name = "  " } },
            description = "Evening session",
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.True((bool)body["success"]!);
        var session = body["practice_session"]!;
        Assert.Equal($"Practice Session 2 - {DateTime.Now.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture)}", (string?)session["name"]);
        Assert.Equal("Evening session", (string?)session["attributes"]!["description"]);
        Assert.Equal(fractal.ShortTermGoalIds, Strings(session["attributes"]!["parent_ids"]));   // Q-08 fixed: every parent linked
        var child = Assert.Single(session["children"]!.AsArray())!;
        Assert.Equal("ImmediateGoal", (string?)child["attributes"]!["type"]);
        var stored = await RawGoalAsync(factory, (string)session["id"]!);
        Assert.Equal(fractal.RootId, stored!.RootId.Value);
        Assert.Equal(fractal.ShortTermGoalIds[0], stored.ParentId?.Value);
        Assert.Equal(fractal.RootId, (await RawGoalAsync(factory, (string)child["id"]!))!.RootId.Value);
        Assert.NotNull(Find(await SessionsAsync(client, fractal.RootId), (string)session["id"]!));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"parent_ids\": []}")]
    [InlineData("{\"parent_ids\": null}")]
    public async Task Legacy_create_without_parents_answers_400(string body)
    {
        var response = await PostRawAsync(factory.CreateClient(), body);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "At least one parent short-term goal required");
    }

    [Fact]
    public async Task Legacy_create_checks_each_parent_in_order_and_creates_nothing_on_failure()
    {
        var fractal = await FractalAsync(factory);
        var other = await FractalAsync(factory);
        await DeleteGoalAsync(factory, fractal.RootId, fractal.ShortTermGoalIds[1]);
        var client = factory.CreateClient();
        var stg = fractal.ShortTermGoalIds[0];

        await ProblemAssert.IsProblemAsync(await PostAsync(client, stg, "missing"), HttpStatusCode.NotFound, "Parent goal missing not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(client, stg, fractal.ShortTermGoalIds[1]), HttpStatusCode.NotFound, $"Parent goal {fractal.ShortTermGoalIds[1]} not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(client, fractal.MidTermGoalId, "missing"), HttpStatusCode.BadRequest, $"Parent {fractal.MidTermGoalId} must be a ShortTermGoal");
        await ProblemAssert.IsProblemAsync(await PostAsync(client, stg, other.ShortTermGoalIds[0]), HttpStatusCode.BadRequest, "All parent goals must belong to the same fractal tree");
        Assert.Empty(await SessionsAsync(client, fractal.RootId));
        Assert.Empty(await SessionsAsync(client, other.RootId));
    }

    [Theory]
    [InlineData("{\"parent_ids\": \"abc\"}")]
    [InlineData("{\"parent_ids\": [1]}")]
    [InlineData("{\"parent_ids\": [")]
    public async Task Legacy_create_with_malformed_json_or_wrong_types_answers_400(string body) =>
        await ProblemAssert.IsProblemAsync(await PostRawAsync(factory.CreateClient(), body), HttpStatusCode.BadRequest);

    [Fact]
    public async Task All_sessions_lists_every_live_session_of_every_fractal_oldest_first()
    {
        var fractal = await FractalAsync(factory);
        var other = await FractalAsync(factory);
        var client = factory.CreateClient();
        var a = (string)(await CreateSessionAsync(client, fractal.RootId, new { name = "a", parent_ids = fractal.ShortTermGoalIds, immediate_goals = new[] { new { name = "child" } } }))["id"]!;
        var b = (string)(await CreateSessionAsync(client, other.RootId, new { name = "b" }))["id"]!;
        var c = (string)(await CreateSessionAsync(client, fractal.RootId, new { name = "c" }))["id"]!;
        var deleted = (string)(await CreateSessionAsync(client, other.RootId, new { name = "deleted" }))["id"]!;
        (await client.DeleteAsync(new Uri($"/api/{other.RootId}/sessions/{deleted}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();

        var all = (await client.GetFromJsonAsync<JsonArray>("/api/practice-sessions", Ct))!;
        var mine = all.Select(n => (string?)n!["id"]).Where(id => id == a || id == b || id == c || id == deleted).ToList();

        Assert.Equal([a, b, c], mine);
        var first = Find(all, a)!;
        Assert.Equal("child", (string?)Assert.Single(first["children"]!.AsArray())!["name"]);
        Assert.Equal(fractal.ShortTermGoalIds, Strings(first["attributes"]!["parent_ids"]));
        Assert.All(all, n => Assert.Equal("PracticeSession", (string?)n!["attributes"]!["type"]));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, params string[] parentIds) =>
        client.PostAsJsonAsync("/api/goals/practice-session", new { parent_ids = parentIds }, Ct);

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/goals/practice-session", UriKind.Relative), content, Ct);
    }
}
