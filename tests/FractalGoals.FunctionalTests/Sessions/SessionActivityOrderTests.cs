using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Sessions.SessionTestData;

namespace FractalGoals.FunctionalTests.Sessions;

/// <summary>
/// Issue 15.4 (ADR 0049): <c>PUT /api/{root_id}/sessions/{session_id}/activities/{instance_id}</c> is #44 limited to the
/// session's own instances, and <c>POST …/sessions/{session_id}/activities/reorder</c> stores the session's order.
/// </summary>
public sealed class SessionActivityOrderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record World(HttpClient Client, SeededFractal Fractal, SeededActivity Activity, string Session, IReadOnlyList<string> Instances)
    {
        public string Root => Fractal.RootId;

        public string Activities(string? session = null) => $"/api/{Root}/sessions/{session ?? Session}/activities";
    }

    private async Task<World> WorldAsync(int instances = 3)
    {
        var fractal = await FractalAsync(factory);
        var activity = await ActivityAsync(factory, fractal.RootId);
        var client = factory.CreateClient();
        var session = (string)(await CreateSessionAsync(client, fractal.RootId, new { name = "Evening" }))["id"]!;
        var ids = new List<string>();
        for (var i = 0; i < instances; i++)
            ids.Add((string)(await AddInstanceAsync(client, fractal.RootId, session, new { activity_definition_id = activity.Id }))["id"]!);
        return new World(client, fractal, activity, session, ids);
    }

    // ---- PUT …/sessions/{session_id}/activities/{instance_id}

    [Fact]
    public async Task The_session_scoped_edit_applies_44s_fields_and_answers_44s_body()
    {
        var w = await WorldAsync(2);
        var (mine, twin) = (w.Instances[0], w.Instances[1]);
        const string Edit = """{"time_start": "2026-01-02T10:00:00", "time_stop": "2026-01-02T10:01:30", "completed": true, "notes": "clean", "sets": [{"reps": 5}]}""";

        var scoped = await SendAsync(w.Client, HttpMethod.Put, $"{w.Activities()}/{mine}", Edit);
        var global = await SendAsync(w.Client, HttpMethod.Put, $"/api/{w.Root}/activity-instances/{twin}", Edit);

        Assert.Equal(HttpStatusCode.OK, scoped.StatusCode);
        Assert.Equal(HttpStatusCode.OK, global.StatusCode);
        var body = (await scoped.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(90, (int?)body["duration_seconds"]);
        Assert.True((bool)body["completed"]!);
        Assert.Equal("clean", (string?)body["notes"]);
        Assert.Equal("""[{"reps":5}]""", body["sets"]!.ToJsonString());
        // The same answer as #44 gives for the same edit (apart from the instance's own id and creation time) and as the list has it.
        var other = (await global.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(Without(body, "id", "created_at").ToJsonString(), Without(other, "id", "created_at").ToJsonString());
        AssertSameJson(Listed(await ListAsync(w.Client, w.Activities()), mine), body);
    }

    [Theory]
    [InlineData("""{"time_start": "yesterday"}""", "Invalid isoformat string: 'yesterday'")]
    [InlineData("""{"completed": "yes"}""", "completed must be a boolean")]
    [InlineData("""{"notes": 5}""", "notes must be a string")]
    public async Task The_session_scoped_edit_validates_as_44_does_and_changes_nothing(string body, string error)
    {
        var w = await WorldAsync(1);
        var before = await TableFingerprint.OfAsync(factory);

        var scoped = await SendAsync(w.Client, HttpMethod.Put, $"{w.Activities()}/{w.Instances[0]}", body);
        var global = await SendAsync(w.Client, HttpMethod.Put, $"/api/{w.Root}/activity-instances/{w.Instances[0]}", body);

        await ProblemAssert.IsProblemAsync(scoped, HttpStatusCode.BadRequest, error);
        await ProblemAssert.IsProblemAsync(global, HttpStatusCode.BadRequest, error);
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    [Fact]
    public async Task The_session_scoped_edit_is_404_for_an_instance_that_is_not_this_sessions_and_never_creates_one()
    {
        var w = await WorldAsync(1);
        var sibling = (string)(await CreateSessionAsync(w.Client, w.Root, new { name = "Sibling" }))["id"]!;
        var siblings = (string)(await AddInstanceAsync(w.Client, w.Root, sibling, new { activity_definition_id = w.Activity.Id }))["id"]!;
        var removed = (string)(await AddInstanceAsync(w.Client, w.Root, w.Session, new { activity_definition_id = w.Activity.Id }))["id"]!;
        (await w.Client.DeleteAsync(new Uri($"{w.Activities()}/{removed}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        var theirs = await WorldAsync(1);
        var doomed = (string)(await CreateSessionAsync(w.Client, w.Root, new { name = "Doomed" }))["id"]!;
        var doomedInstance = (string)(await AddInstanceAsync(w.Client, w.Root, doomed, new { activity_definition_id = w.Activity.Id }))["id"]!;
        (await w.Client.DeleteAsync(new Uri($"/api/{w.Root}/sessions/{doomed}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        // Creation details that #44 would create from: this route must not.
        var create = $$"""{"practice_session_id": "{{w.Session}}", "activity_definition_id": "{{w.Activity.Id}}", "notes": "x"}""";
        var before = await TableFingerprint.OfAsync(factory);

        foreach (var url in new[]
                 {
                     $"{w.Activities()}/brand-new-id", $"{w.Activities()}/{siblings}", $"{w.Activities()}/{removed}",
                     $"{w.Activities()}/{theirs.Instances[0]}", $"{w.Activities(doomed)}/{doomedInstance}",
                     $"{w.Activities("nope")}/{w.Instances[0]}", $"{w.Activities(sibling)}/{w.Instances[0]}",
                     $"/api/{w.Root}/sessions/{theirs.Session}/activities/{theirs.Instances[0]}",
                     $"{w.Activities()}/reorder",   // PUT on the literal segment still names an instance
                 })
            await ProblemAssert.IsProblemAsync(await SendAsync(w.Client, HttpMethod.Put, url, create), HttpStatusCode.NotFound, "Activity instance not found");
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
        Assert.Null(await RawInstanceAsync(factory, "brand-new-id"));
    }

    // ---- POST …/sessions/{session_id}/activities/reorder

    [Fact]
    public async Task Before_any_reorder_the_session_lists_its_instances_oldest_first()
    {
        var w = await WorldAsync();

        Assert.Equal(w.Instances, Ids(await ListAsync(w.Client, w.Activities())));
    }

    [Fact]
    public async Task A_reorder_persists_answers_the_reordered_list_and_the_session_list_honours_it()
    {
        var w = await WorldAsync();
        var (a, b, c) = (w.Instances[0], w.Instances[1], w.Instances[2]);

        var response = await ReorderAsync(w, c, a, b);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answered = (await response.Content.ReadFromJsonAsync<JsonArray>(Ct))!;
        Assert.Equal([c, a, b], Ids(answered));
        var listed = await ListAsync(w.Client, w.Activities());
        AssertSameJson(listed, answered);
        Assert.Equal([(c, 0), (a, 1), (b, 2)], await SortOrdersAsync(c, a, b));
        // The fractal-wide list keeps its creation order (ADR 0049).
        Assert.Equal([a, b, c], Ids((await w.Client.GetFromJsonAsync<JsonArray>($"/api/{w.Root}/activity-instances", Ct))!));

        var again = await ReorderAsync(w, b, c, a);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal([b, c, a], Ids(await ListAsync(w.Client, w.Activities())));
    }

    [Fact]
    public async Task A_new_instance_lands_last_after_a_reorder_whichever_route_creates_it()
    {
        var w = await WorldAsync();
        var (a, b, c) = (w.Instances[0], w.Instances[1], w.Instances[2]);
        (await ReorderAsync(w, c, b, a)).EnsureSuccessStatusCode();

        var added = (string)(await AddInstanceAsync(w.Client, w.Root, w.Session, new { activity_definition_id = w.Activity.Id }))["id"]!;
        var started = await w.Client.PostAsJsonAsync($"/api/{w.Root}/activity-instances/timer-made/start",
            new { practice_session_id = w.Session, activity_definition_id = w.Activity.Id }, Ct);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);

        Assert.Equal([c, b, a, added, "timer-made"], Ids(await ListAsync(w.Client, w.Activities())));
        Assert.Equal([(added, 3), ("timer-made", 4)], await SortOrdersAsync(added, "timer-made"));
    }

    [Fact]
    public async Task An_empty_session_reorders_to_an_empty_list()
    {
        var w = await WorldAsync(0);

        var response = await ReorderAsync(w);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonArray>(Ct))!);
    }

    public static TheoryData<string, string> BadLists => new()
    {
        { "partial", "activity_ids must list every activity of the session; {b} is missing" },
        { "unknown", "Activity instance nope is not an activity of this session" },
        { "sibling", "Activity instance {sibling} is not an activity of this session" },
        { "foreign", "Activity instance {foreign} is not an activity of this session" },
        { "deleted", "Activity instance {removed} is not an activity of this session" },
        { "duplicate", "Activity instance {a} is listed more than once" },
        { "empty", "activity_ids must list every activity of the session; {b} is missing" },   // the first missing in the stored order
    };

    [Theory]
    [MemberData(nameof(BadLists))]
    public async Task A_list_that_is_not_exactly_the_sessions_instances_is_400_and_changes_nothing(string kind, string error)
    {
        var w = await WorldAsync();
        var (a, b, c) = (w.Instances[0], w.Instances[1], w.Instances[2]);
        var sibling = (string)(await CreateSessionAsync(w.Client, w.Root, new { name = "Sibling" }))["id"]!;
        var siblings = (string)(await AddInstanceAsync(w.Client, w.Root, sibling, new { activity_definition_id = w.Activity.Id }))["id"]!;
        var theirs = await WorldAsync(1);
        var removed = (string)(await AddInstanceAsync(w.Client, w.Root, w.Session, new { activity_definition_id = w.Activity.Id }))["id"]!;
        (await w.Client.DeleteAsync(new Uri($"{w.Activities()}/{removed}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        (await ReorderAsync(w, b, a, c)).EnsureSuccessStatusCode();   // a stored order the refusal must keep
        string[] list = kind switch
        {
            "partial" => [c, a],
            "unknown" => [a, b, c, "nope"],
            "sibling" => [a, b, c, siblings],
            "foreign" => [a, b, c, theirs.Instances[0]],
            "deleted" => [a, b, c, removed],
            "duplicate" => [a, b, a, c],
            _ => [],
        };
        var before = await TableFingerprint.OfAsync(factory);

        var response = await ReorderAsync(w, list);

        var expected = error.Replace("{a}", a, StringComparison.Ordinal).Replace("{b}", b, StringComparison.Ordinal).Replace("{sibling}", siblings, StringComparison.Ordinal)
            .Replace("{foreign}", theirs.Instances[0], StringComparison.Ordinal).Replace("{removed}", removed, StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, expected);
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
        Assert.Equal([b, a, c], Ids(await ListAsync(w.Client, w.Activities())));
    }

    [Theory]
    [InlineData("{}", "activity_ids must be an array of activity instance ids")]
    [InlineData("""{"activity_ids": ["{a}", null, "{c}"]}""", "activity_ids must be an array of activity instance ids")]
    [InlineData("""{"activity_ids": ["{a}", " {b}", "{c}"]}""", "activity_ids must be an array of activity instance ids")]
    [InlineData("""{"activity_ids": null}""", "Invalid JSON body")]   // a strict body (ADR 0038): a wrong type is malformed
    [InlineData("""{"activity_ids": "{a}"}""", "Invalid JSON body")]
    [InlineData("""{"activity_ids": {"0": "{a}"}}""", "Invalid JSON body")]
    [InlineData("""{"activity_ids": ["{a}", 1, "{c}"]}""", "Invalid JSON body")]
    [InlineData("""{"activity_ids": ["{a}", {"id": "{b}"}, "{c}"]}""", "Invalid JSON body")]
    public async Task A_body_whose_activity_ids_is_not_an_array_of_id_strings_is_400_and_changes_nothing(string template, string error)
    {
        var w = await WorldAsync();
        var body = template.Replace("{a}", w.Instances[0], StringComparison.Ordinal).Replace("{b}", w.Instances[1], StringComparison.Ordinal)
            .Replace("{c}", w.Instances[2], StringComparison.Ordinal);
        var before = await TableFingerprint.OfAsync(factory);

        var response = await SendAsync(w.Client, HttpMethod.Post, $"{w.Activities()}/reorder", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, error);
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    [Fact]
    public async Task A_reorder_of_a_missing_deleted_or_foreign_session_is_404_and_changes_nothing()
    {
        var w = await WorldAsync();
        var theirs = await WorldAsync(1);
        var doomed = (string)(await CreateSessionAsync(w.Client, w.Root, new { name = "Doomed" }))["id"]!;
        (await w.Client.DeleteAsync(new Uri($"/api/{w.Root}/sessions/{doomed}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        var before = await TableFingerprint.OfAsync(factory);

        foreach (var session in new[] { "nope", doomed, theirs.Session, w.Fractal.ShortTermGoalIds[0] })
        {
            var response = await SendAsync(w.Client, HttpMethod.Post, $"{w.Activities(session)}/reorder", $$"""{"activity_ids": ["{{theirs.Instances[0]}}"]}""");
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Practice session not found");
        }
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    private async Task<IReadOnlyList<(string, int)>> SortOrdersAsync(params string[] ids)
    {
        var found = new List<(string, int)>();
        foreach (var id in ids) found.Add((id, (await RawInstanceAsync(factory, id))!.SortOrder));
        return found;
    }

    private static Task<HttpResponseMessage> ReorderAsync(World w, params string[] ids) =>
        w.Client.PostAsJsonAsync($"{w.Activities()}/reorder", new { activity_ids = ids }, Ct);

    private static async Task<JsonArray> ListAsync(HttpClient client, string url) => (await client.GetFromJsonAsync<JsonArray>(url, Ct))!;

    private static JsonObject Listed(JsonArray list, string id) => list.Single(i => (string?)i!["id"] == id)!.AsObject();

    private static string[] Ids(JsonArray list) => [.. list.Select(i => (string)i!["id"]!)];

    private static JsonObject Without(JsonObject node, params string[] keys)
    {
        var copy = node.DeepClone().AsObject();
        foreach (var key in keys) copy.Remove(key);
        return copy;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string body)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await client.SendAsync(request, Ct);
    }

    private static void AssertSameJson(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected.ToJsonString()}\n  actual {actual.ToJsonString()}");
}
