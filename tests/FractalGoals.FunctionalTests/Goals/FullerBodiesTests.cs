using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>
/// Issue 15 point 5 (ADR 0048): goal and session nodes carry more, only added; #15 answers the updated goal; a
/// bodyless completion PATCH flips the goal. The existing client's bodies are pinned by ClientJourneyTests.
/// </summary>
public sealed class FullerBodiesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] SessionTimes = ["session_start", "session_end", "total_duration_seconds", "template_id"];

    [Fact]
    public async Task Every_node_of_a_tree_names_its_parent_and_its_fractal()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await CreateSessionAsync(client, chain);

        var tree = await client.GetObjectAsync($"/api/{chain.Root}/goals");

        var parents = new Dictionary<string, string?> { [chain.Root] = null };
        foreach (var node in Flatten(tree))
        {
            foreach (var child in node["children"]!.AsArray()) parents[(string)child!["id"]!] = (string)node["id"]!;
            Assert.Equal(parents[(string)node["id"]!], (string?)node["attributes"]!["parent_id"]);
            Assert.Equal(chain.Root, (string?)node["attributes"]!["root_id"]);
        }
        Assert.Equal(6, parents.Count);   // root, three goals, the session and its immediate goal
    }

    [Fact]
    public async Task A_session_node_repeats_its_times_and_template_at_its_top_in_every_answer()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var created = await CreateSessionAsync(client, chain);
        var id = (string)created["id"]!;

        var updated = await (await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/sessions/{id}",
            """{"session_start": "2026-01-02T09:00:00", "session_end": "2026-01-02T10:15:30.5", "total_duration_seconds": 4530, "template_id": "t-1"}""")).ReadObjectAsync();
        var listed = (await client.GetFromJsonAsync<JsonArray>($"/api/{chain.Root}/sessions", Ct))!.Single(s => (string?)s!["id"] == id)!.AsObject();
        var inTree = Flatten(await client.GetObjectAsync($"/api/{chain.Root}/goals")).Single(n => (string?)n["id"] == id);

        AssertTimesAtTop(created);
        Assert.Null(created["session_start"]);
        foreach (var node in new[] { updated, listed, inTree })
        {
            AssertTimesAtTop(node);
            Assert.Equal(("2026-01-02T09:00:00", "2026-01-02T10:15:30.500000", 4530, "t-1"),
                ((string?)node["session_start"], (string?)node["session_end"], (int?)node["total_duration_seconds"], (string?)node["template_id"]));
        }
        var shortTerm = Flatten(await client.GetObjectAsync($"/api/{chain.Root}/goals")).Single(n => (string?)n["id"] == chain.ShortTerm);
        Assert.DoesNotContain(SessionTimes, shortTerm.ContainsKey);   // a goal that is not a session has none of them
    }

    [Fact]
    public async Task The_global_update_answers_success_its_message_and_the_updated_goal_without_children()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/goals/{chain.MidTerm}", """{"description": "CAGED pathway", "deadline": "2026-03-31"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal(["status", "message", "goal"], body.Select(p => p.Key));
        Assert.Equal(("success", "Goal updated"), ((string?)body["status"], (string?)body["message"]));
        var read = await client.GetObjectAsync($"/api/{chain.Root}/goals/{chain.MidTerm}");
        read["children"] = new JsonArray();
        Assert.Equal(read.ToJsonString(), body["goal"]!.ToJsonString());
        Assert.Equal(("CAGED pathway", "2026-03-31T00:00:00"), ((string?)read["attributes"]!["description"], (string?)read["attributes"]!["deadline"]));
    }

    [Fact]
    public async Task The_global_update_of_a_session_answers_its_session_node()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var session = (string)(await CreateSessionAsync(client, chain))["id"]!;

        var body = await (await client.SendJsonAsync(HttpMethod.Put, $"/api/goals/{session}", """{"name": "Renamed"}""")).ReadObjectAsync();

        var goal = body["goal"]!.AsObject();
        Assert.Equal(("Renamed", "PracticeSession"), ((string?)goal["name"], (string?)goal["attributes"]!["type"]));
        Assert.Equal([chain.ShortTerm], goal["attributes"]!["parent_ids"]!.AsArray().Select(p => (string?)p));
        Assert.Equal("Warm up", (string?)goal["attributes"]!["session_data"]!["sections"]![0]!["name"]);
        Assert.Empty(goal["children"]!.AsArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_completion_patch_without_a_body_flips_the_goal_on_both_routes(bool global)
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var url = global ? $"/api/goals/{chain.MidTerm}/complete" : $"/api/{chain.Root}/goals/{chain.MidTerm}/complete";

        var flipped = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Patch, url);
            var response = await client.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            flipped.Add((bool)(await response.ReadObjectAsync())["goal"]!["attributes"]!["completed"]!);
        }

        Assert.Equal([true, false, true], flipped);
        Assert.True((bool)(await client.GetObjectAsync($"/api/{chain.Root}/goals/{chain.MidTerm}"))["attributes"]!["completed"]!);
        Assert.Equal([false, false, true, false], Flatten(await client.GetObjectAsync($"/api/{chain.Root}/goals")).Select(n => (bool)n["attributes"]!["completed"]!));   // no cascade
    }

    [Fact]
    public async Task A_completion_patch_with_an_empty_object_still_means_false()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/{chain.MidTerm}/complete", """{"completed": true}""");

        for (var i = 0; i < 2; i++)
        {
            var body = await (await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/{chain.MidTerm}/complete", "{}")).ReadObjectAsync();
            Assert.False((bool)body["goal"]!["attributes"]!["completed"]!);
        }
    }

    [Fact]
    public async Task A_bodyless_patch_of_a_missing_goal_is_404_and_flips_nothing()
    {
        var client = factory.CreateClient();
        await client.CreateChainAsync();
        var before = await TableFingerprint.OfAsync(factory);

        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/goals/no-such-goal/complete");
        var response = await client.SendAsync(request, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Goal or practice session not found");
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    private static void AssertTimesAtTop(JsonObject node)
    {
        Assert.Equal(["id", "name", .. SessionTimes, "attributes", "children"], node.Select(p => p.Key));
        foreach (var key in SessionTimes) Assert.Equal(node["attributes"]![key]?.ToJsonString(), node[key]?.ToJsonString());
    }

    private static async Task<JsonObject> CreateSessionAsync(HttpClient client, Chain chain)
    {
        var response = await client.PostAsJsonAsync($"/api/{chain.Root}/sessions", new
        {
            name = "Evening", parent_ids = new[] { chain.ShortTerm },
            session_data = """{"sections": [{"name": "Warm up", "activity_ids": []}]}""",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var session = await response.ReadObjectAsync();
        var withGoal = await client.PostAsJsonAsync("/api/goals", new { name = "Hold 10 s", type = "ImmediateGoal", parent_id = (string)session["id"]! }, Ct);
        Assert.Equal(HttpStatusCode.Created, withGoal.StatusCode);
        return session;
    }
}
