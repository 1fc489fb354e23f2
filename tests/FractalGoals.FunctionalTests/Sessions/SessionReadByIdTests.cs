using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Sessions.SessionTestData;

namespace FractalGoals.FunctionalTests.Sessions;

/// <summary>
/// Issue 15.1 (ADR 0049): <c>GET /api/{root_id}/sessions/{session_id}</c> and
/// <c>GET /api/{root_id}/activity-instances/{instance_id}</c> answer one element exactly as their lists show it.
/// </summary>
public sealed class SessionReadByIdTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_session_reads_exactly_as_its_list_element_with_children_and_hydrated_data_and_its_etag()
    {
        var (root, sessionId, instanceId, client) = await RichSessionAsync();

        var response = await client.GetAsync(new Uri($"/api/{root}/sessions/{sessionId}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var listed = Find(await SessionsAsync(client, root), sessionId)!;
        AssertSameJson(listed, body);
        // Not trivially equal: the element carries a child and a hydrated exercise with a metric value.
        Assert.Equal("ImmediateGoal", (string?)Assert.Single(body["children"]!.AsArray())!["attributes"]!["type"]);
        var exercise = Assert.Single(body["attributes"]!["session_data"]!["sections"]![0]!["exercises"]!.AsArray())!;
        Assert.Equal(instanceId, (string?)exercise["id"]);
        Assert.Single(exercise["metric_values"]!.AsArray());
        Assert.Equal($"\"{(string)body["attributes"]!["updated_at"]!}\"", response.Headers.ETag?.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
    }

    [Fact]
    public async Task A_session_that_is_missing_deleted_foreign_or_not_a_session_is_404_practice_session_not_found()
    {
        var (root, sessionId, _, client) = await RichSessionAsync();
        var other = await FractalAsync(factory);
        var otherSession = (string)(await CreateSessionAsync(client, other.RootId, new { name = "Theirs" }))["id"]!;
        var gone = (string)(await CreateSessionAsync(client, root, new { name = "Gone" }))["id"]!;
        (await client.DeleteAsync(new Uri($"/api/{root}/sessions/{gone}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        var stg = (string)Find(await SessionsAsync(client, root), sessionId)!["attributes"]!["parent_ids"]![0]!;
        var before = await TableFingerprint.OfAsync(factory);

        foreach (var id in new[] { "nope", gone, otherSession, stg })
            await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/sessions/{id}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Practice session not found");
        // The session itself under the other fractal's id is foreign too.
        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{other.RootId}/sessions/{sessionId}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Practice session not found");
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    [Fact]
    public async Task A_session_read_under_an_unknown_fractal_is_404_fractal_not_found()
    {
        var (_, sessionId, _, client) = await RichSessionAsync();

        var response = await client.GetAsync(new Uri($"/api/nope/sessions/{sessionId}", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task An_instance_reads_exactly_as_its_fractal_list_element_and_its_etag_guards_writes()
    {
        var (root, _, instanceId, client) = await RichSessionAsync();
        var url = $"/api/{root}/activity-instances/{instanceId}";

        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var listed = (await client.GetFromJsonAsync<JsonArray>($"/api/{root}/activity-instances", Ct))!
            .Single(i => (string?)i!["id"] == instanceId)!.AsObject();
        AssertSameJson(listed, body);
        Assert.Single(body["metric_values"]!.AsArray());
        var tag = response.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);

        // The tag is the instance's version: it applies once, then it is stale.
        using var first = Put(url, """{"notes": "first"}""", tag.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(first, Ct)).StatusCode);
        using var second = Put(url, """{"notes": "second"}""", tag.ToString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(second, Ct)).StatusCode);
        var after = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.NotEqual(tag.ToString(), after.Headers.ETag?.ToString());
        Assert.Equal("first", (string?)(await after.Content.ReadFromJsonAsync<JsonObject>(Ct))!["notes"]);
    }

    [Fact]
    public async Task An_instance_that_is_missing_deleted_foreign_or_of_a_deleted_session_is_404_activity_instance_not_found()
    {
        var (root, sessionId, instanceId, client) = await RichSessionAsync();
        var activity = await ActivityAsync(factory, root, "Arpeggios");
        var removed = (string)(await AddInstanceAsync(client, root, sessionId, new { activity_definition_id = activity.Id }))["id"]!;
        (await client.DeleteAsync(new Uri($"/api/{root}/sessions/{sessionId}/activities/{removed}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        var doomed = (string)(await CreateSessionAsync(client, root, new { name = "Doomed" }))["id"]!;
        var orphaned = (string)(await AddInstanceAsync(client, root, doomed, new { activity_definition_id = activity.Id }))["id"]!;
        (await client.DeleteAsync(new Uri($"/api/{root}/sessions/{doomed}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        var other = await FractalAsync(factory);
        var before = await TableFingerprint.OfAsync(factory);

        foreach (var id in new[] { "nope", removed, orphaned })
            await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/activity-instances/{id}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Activity instance not found");
        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{other.RootId}/activity-instances/{instanceId}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Activity instance not found");
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    /// <summary>A session under a short-term goal with an immediate goal, and one instance with a metric value named by its session_data.</summary>
    private async Task<(string Root, string SessionId, string InstanceId, HttpClient Client)> RichSessionAsync()
    {
        var fractal = await FractalAsync(factory);
        var activity = await ActivityAsync(factory, fractal.RootId);
        var client = factory.CreateClient();
        var sessionId = (string)(await CreateSessionAsync(client, fractal.RootId, new { name = "Evening", parent_ids = new[] { fractal.ShortTermGoalIds[0] } }))["id"]!;
        var instanceId = (string)(await AddInstanceAsync(client, fractal.RootId, sessionId, new { activity_definition_id = activity.Id }))["id"]!;
        (await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{sessionId}/activities/{instanceId}/metrics",
            new { metrics = new[] { new { metric_id = activity.MetricId, value = 5 } } }, Ct)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{sessionId}",
            new { session_data = new { sections = new[] { new { name = "Warm Up", activity_ids = new[] { instanceId } } } } }, Ct)).EnsureSuccessStatusCode();
        var child = await client.PostAsJsonAsync($"/api/{fractal.RootId}/goals", new { name = "Tuck holds", type = "ImmediateGoal", parent_id = sessionId }, Ct);
        Assert.Equal(HttpStatusCode.Created, child.StatusCode);
        return (fractal.RootId, sessionId, instanceId, client);
    }

    private static HttpRequestMessage Put(string url, string json, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    internal static void AssertSameJson(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected.ToJsonString()}\n  actual {actual.ToJsonString()}");
}
