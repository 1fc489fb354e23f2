using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>
/// Issue 15.1 (ADR 0049): <c>GET /api/goals/{goal_id}</c> renders a goal as <c>GET /api/{root_id}/goals/{goal_id}</c>
/// does but without children (as #8 answers it); a session as its SessionNode without children.
/// </summary>
public sealed class LegacyGoalReadTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_goal_reads_as_the_scoped_read_with_children_emptied_and_as_8_answers_it_with_its_etag()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.CreateGoalAsync(chain.Root, chain.MidTerm, "ShortTermGoal", "Sibling");
        var scoped = await client.GetObjectAsync($"/api/{chain.Root}/goals/{chain.MidTerm}");
        Assert.NotEmpty(scoped["children"]!.AsArray());

        var response = await client.GetAsync(new Uri($"/api/goals/{chain.MidTerm}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var expected = scoped.DeepClone().AsObject();
        expected["children"] = new JsonArray();
        AssertSame(expected, body);
        Assert.Equal($"\"{(string)body["attributes"]!["updated_at"]!}\"", response.Headers.ETag?.ToString());
        // #8 with nothing to change answers the same node.
        var put = await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.MidTerm}", "{}");
        AssertSame(await put.ReadObjectAsync(), body);
    }

    [Fact]
    public async Task A_session_reads_as_its_session_node_without_children()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var session = await factory.SessionAsync(chain.ShortTerm, """{"sections": [{"name": "Warm Up", "activity_ids": ["inst-legacy-read"]}]}""");
        await factory.ActivityWithInstanceAsync(chain.Root, session, "inst-legacy-read");
        await client.CreateGoalAsync(chain.Root, session, "ImmediateGoal", "Tuck holds");
        var listed = (await client.GetFromJsonAsync<JsonArray>($"/api/{chain.Root}/sessions", Ct))!.Single(s => (string?)s!["id"] == session)!.AsObject();
        Assert.NotEmpty(listed["children"]!.AsArray());

        var response = await client.GetAsync(new Uri($"/api/goals/{session}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var expected = listed.DeepClone().AsObject();
        expected["children"] = new JsonArray();
        AssertSame(expected, body);
        Assert.Equal("inst-legacy-read", (string?)body["attributes"]!["session_data"]!["sections"]![0]!["exercises"]![0]!["id"]);
        Assert.Equal($"\"{(string)body["attributes"]!["updated_at"]!}\"", response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task A_missing_or_deleted_goal_or_one_of_a_deleted_fractal_is_404_goal_or_practice_session_not_found()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var gone = (string)(await client.CreateGoalAsync(chain.Root, chain.MidTerm, "ShortTermGoal", "Gone"))["id"]!;
        (await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{gone}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        var dropped = await client.CreateChainAsync();
        (await client.DeleteAsync(new Uri($"/api/fractals/{dropped.Root}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        var before = await TableFingerprint.OfAsync(factory);

        foreach (var id in new[] { "nope", gone, dropped.Root, dropped.ShortTerm, "goals" })   // /api/goals/goals is this route, not the tree of a fractal "goals"
        {
            var response = await client.GetAsync(new Uri($"/api/goals/{id}", UriKind.Relative), Ct);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Goal or practice session not found");
        }
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    private static void AssertSame(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected.ToJsonString()}\n  actual {actual.ToJsonString()}");
}
