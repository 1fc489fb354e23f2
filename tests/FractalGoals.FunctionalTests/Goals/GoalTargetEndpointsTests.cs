using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using static FractalGoals.FunctionalTests.Goals.GoalApi;
using FractalGoals.FunctionalTests.Sessions;
using static FractalGoals.FunctionalTests.Sessions.SessionTestData;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>
/// Issue 15 (ADR 0050): <c>POST …/goals/{goal_id}/targets</c> and <c>DELETE …/goals/{goal_id}/targets/{target_id}</c>,
/// on the fractal route and the global one. They edit the <c>targets</c> column PUT #8/#15 edits, as exact text.
/// </summary>
public sealed class GoalTargetEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    // Odd spacing, an unknown key and a string value: PUT stores the text as sent, and it must stay so.
    private const string Kept = """{"id": "keep" ,  "activity_id":"a1", "metrics": [{"metric_id": "m1", "value": "15"}], "extra":{"deep": [1, 2.50]}}""";
    private const string Gone = """{ "id":"gone", "name": "Old" }""";

    [Fact]
    public async Task Post_without_an_id_answers_201_with_a_new_id_appends_the_target_and_keeps_every_other_byte()
    {
        var (client, fractal, activity, goal) = await GoalWithActivityAsync();
        await PutTargetsAsync(client, fractal.RootId, goal, $"[{Kept} ,\n {Gone}]");
        var before = await client.GetObjectAsync($"/api/{fractal.RootId}/goals/{goal}");
        var sent = $$"""{ "activity_id": "{{activity.Id}}", "name": "80%", "metrics": [{"metric_id": "{{activity.MetricId}}", "value": 80.5, "note": "x"}], "unknown": {"k": [true, null]} }""";

        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{goal}/targets", sent);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadObjectAsync();
        var id = (string)body["id"]!;
        Assert.True(Guid.TryParse(id, out _), id);
        Assert.Equal("80%", (string?)body["name"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"k": [true, null]}"""), body["unknown"]));
        var made = sent.Replace("{ \"activity_id\"", $"{{\"id\":\"{id}\", \"activity_id\"", StringComparison.Ordinal);
        Assert.Equal($"[{Kept},{Gone},{made}]", await StoredTargetsAsync(goal));

        var after = await client.GetObjectAsync($"/api/{fractal.RootId}/goals/{goal}");
        var targets = after["attributes"]!["targets"]!.AsArray();
        Assert.Equal(["keep", "gone", id], targets.Select(t => (string)t!["id"]!));
        Assert.Equal("15", (string?)targets[0]!["metrics"]![0]!["value"]);
        Assert.True(JsonNode.DeepEquals(body, targets[2]));
        Assert.True(string.CompareOrdinal((string)after["attributes"]!["updated_at"]!, (string)before["attributes"]!["updated_at"]!) > 0);
    }

    [Fact]
    public async Task Post_with_a_null_id_gets_a_new_id_in_its_place()
    {
        var (client, fractal, activity, goal) = await GoalWithActivityAsync();
        var sent = $$"""{"name": "n", "id": null, "activity_id": "{{activity.Id}}"}""";

        var body = await (await client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{goal}/targets", sent)).ReadObjectAsync();

        var id = (string)body["id"]!;
        Assert.True(Guid.TryParse(id, out _), id);
        Assert.Equal($"[{sent.Replace("null", $"\"{id}\"", StringComparison.Ordinal)}]", await StoredTargetsAsync(goal));
    }

    [Fact]
    public async Task Post_with_an_id_stores_and_answers_the_exact_text_sent_and_two_server_made_ids_differ()
    {
        var (client, fractal, activity, goal) = await GoalWithActivityAsync();
        var sent = $$"""{"id": "t-1", "activity_id": "{{activity.Id}}", "description": "caf\u00e9 é", "metrics": [], "x": 1e2}""";

        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{goal}/targets", sent);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(sent, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal($"[{sent}]", await StoredTargetsAsync(goal));
        var first = await (await client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{goal}/targets", $$"""{"activity_id": "{{activity.Id}}"}""")).ReadObjectAsync();
        var second = await (await client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{goal}/targets", $$"""{"activity_id": "{{activity.Id}}"}""")).ReadObjectAsync();
        Assert.NotEqual((string)first["id"]!, (string)second["id"]!);
        Assert.Equal(3, (await client.GetObjectAsync($"/api/{fractal.RootId}/goals/{goal}"))["attributes"]!["targets"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_global_route_adds_and_removes_targets_too()
    {
        var (client, fractal, activity, goal) = await GoalWithActivityAsync();

        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/goals/{goal}/targets", $$"""{"id": "g1", "activity_id": "{{activity.Id}}"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($$"""[{"id": "g1", "activity_id": "{{activity.Id}}"}]""", await StoredTargetsAsync(goal));
        var deleted = await client.DeleteAsync(new Uri($"/api/goals/{goal}/targets/g1", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"status": "success", "message": "Target deleted"}"""), await deleted.ReadObjectAsync()));
        Assert.Null(await StoredTargetsAsync(goal));
        Assert.Empty((await client.GetObjectAsync($"/api/{fractal.RootId}/goals/{goal}"))["attributes"]!["targets"]!.AsArray());
    }

    [Fact]
    public async Task Delete_removes_only_that_target_and_the_others_keep_their_text()
    {
        var (client, fractal, _, goal) = await GoalWithActivityAsync();
        await PutTargetsAsync(client, fractal.RootId, goal, $"[{Gone}, {Kept}]");
        var before = await client.GetObjectAsync($"/api/{fractal.RootId}/goals/{goal}");

        var response = await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/goals/{goal}/targets/gone", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"status": "success", "message": "Target deleted"}"""), await response.ReadObjectAsync()));
        Assert.Equal($"[{Kept}]", await StoredTargetsAsync(goal));
        var after = await client.GetObjectAsync($"/api/{fractal.RootId}/goals/{goal}");
        Assert.Equal(["keep"], after["attributes"]!["targets"]!.AsArray().Select(t => (string)t!["id"]!));
        Assert.True(string.CompareOrdinal((string)after["attributes"]!["updated_at"]!, (string)before["attributes"]!["updated_at"]!) > 0);
    }

    [Fact]
    public async Task Deleting_the_last_target_clears_the_column_as_a_put_of_an_empty_array_does()
    {
        var (client, fractal, _, goal) = await GoalWithActivityAsync();
        await PutTargetsAsync(client, fractal.RootId, goal, $"[{Kept}]");

        var response = await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/goals/{goal}/targets/keep", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await StoredTargetsAsync(goal));
        Assert.Empty((await client.GetObjectAsync($"/api/{fractal.RootId}/goals/{goal}"))["attributes"]!["targets"]!.AsArray());
        await AssertRefusedAsync(() => client.DeleteAsync(new Uri($"/api/{fractal.RootId}/goals/{goal}/targets/keep", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Target not found");
    }

    [Fact]
    public async Task A_taken_id_answers_409_and_changes_nothing()
    {
        var (client, fractal, activity, goal) = await GoalWithActivityAsync();
        await PutTargetsAsync(client, fractal.RootId, goal, $"[{Kept}]");

        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{goal}/targets", $$"""{"id": "keep", "activity_id": "{{activity.Id}}"}"""),
            HttpStatusCode.Conflict, "Target already exists");
        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/goals/{goal}/targets", $$"""{"id": "keep", "activity_id": "{{activity.Id}}"}"""),
            HttpStatusCode.Conflict, "Target already exists");
        Assert.Equal($"[{Kept}]", await StoredTargetsAsync(goal));
    }

    [Theory]
    [InlineData("""{"activity_id": "ACT", "id": 5}""", "Target id must be 1-100 characters of text without surrounding spaces")]
    [InlineData("""{"activity_id": "ACT", "id": ""}""", "Target id must be 1-100 characters of text without surrounding spaces")]
    [InlineData("""{"activity_id": "ACT", "id": " padded "}""", "Target id must be 1-100 characters of text without surrounding spaces")]
    [InlineData("""{"name": "no activity"}""", "Target activity_id is required")]
    [InlineData("""{"activity_id": null}""", "Target activity_id is required")]
    [InlineData("""{"activity_id": 7}""", "Target activity_id must be an activity id")]
    [InlineData("""{"activity_id": ""}""", "Target activity_id must be an activity id")]
    [InlineData("""{"activity_id": "no-such-activity"}""", "Activity not found")]
    [InlineData("""{"activity_id": "ACT", "name": 3}""", "Target name must be a string")]
    [InlineData("""{"activity_id": "ACT", "metrics": {"metric_id": "MET", "value": 1}}""", "Target metrics must be an array")]
    [InlineData("""{"activity_id": "ACT", "metrics": [5]}""", "Each target metric must be an object with a metric_id and a numeric value")]
    [InlineData("""{"activity_id": "ACT", "metrics": [{"metric_id": "MET"}]}""", "Each target metric must be an object with a metric_id and a numeric value")]
    [InlineData("""{"activity_id": "ACT", "metrics": [{"metric_id": "MET", "value": "15"}]}""", "Each target metric must be an object with a metric_id and a numeric value")]
    [InlineData("""{"activity_id": "ACT", "metrics": [{"metric_id": 1, "value": 15}]}""", "Each target metric must be an object with a metric_id and a numeric value")]
    [InlineData("""{"activity_id": "ACT", "metrics": [{"metric_id": "MET", "value": 1}, {"metric_id": "other", "value": 2}]}""", "Metric other is not a metric of this activity")]
    public async Task An_invalid_target_answers_400_and_changes_nothing(string body, string error)
    {
        var (client, fractal, activity, goal) = await GoalWithActivityAsync();
        var json = body.Replace("ACT", activity.Id, StringComparison.Ordinal).Replace("MET", activity.MetricId, StringComparison.Ordinal);

        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{goal}/targets", json), HttpStatusCode.BadRequest, error);
        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/goals/{goal}/targets", json), HttpStatusCode.BadRequest, error);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"activity_id": "a"}]""")]
    [InlineData("\"text\"")]
    [InlineData("{\"activity_id\": ")]
    public async Task A_body_that_is_not_a_json_object_answers_400_and_changes_nothing(string body)
    {
        var (client, fractal, _, goal) = await GoalWithActivityAsync();

        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{goal}/targets", body), HttpStatusCode.BadRequest, "Invalid JSON body");
    }

    [Fact]
    public async Task An_activity_of_another_fractal_a_deleted_activity_and_a_retired_metric_answer_400_and_change_nothing()
    {
        var (client, fractal, activity, goal) = await GoalWithActivityAsync();
        var foreign = await ActivityAsync(factory, (await FractalAsync(factory)).RootId, "Foreign");
        var deleted = await ActivityAsync(factory, fractal.RootId, "Deleted");
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/activities/{deleted.Id}", UriKind.Relative), Ct)).StatusCode);
        await factory.SeedAsync(async db =>
        {
            var stored = await db.Set<ActivityDefinition>().AsTracking().SingleAsync(a => a.Id == new ActivityDefinitionId(activity.Id), Ct);
            stored.RemoveMetric(new MetricDefinitionId(activity.OtherMetricId), hasValues: true, DateTime.Now);   // retired, not removed
        });

        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{goal}/targets", $$"""{"activity_id": "{{foreign.Id}}"}"""),
            HttpStatusCode.BadRequest, "Activity not found");
        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/goals/{goal}/targets", $$"""{"activity_id": "{{foreign.Id}}"}"""),
            HttpStatusCode.BadRequest, "Activity not found");
        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{goal}/targets", $$"""{"activity_id": "{{deleted.Id}}"}"""),
            HttpStatusCode.BadRequest, "Activity not found");
        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{goal}/targets",
            $$"""{"activity_id": "{{activity.Id}}", "metrics": [{"metric_id": "{{activity.OtherMetricId}}", "value": 1}]}"""),
            HttpStatusCode.BadRequest, $"Metric {activity.OtherMetricId} is not a metric of this activity");
        Assert.Null(await StoredTargetsAsync(goal));
    }

    [Fact]
    public async Task A_session_takes_no_targets_but_a_target_put_on_it_can_be_deleted()
    {
        var (client, fractal, activity, _) = await GoalWithActivityAsync();
        var session = (string)(await CreateSessionAsync(client, fractal.RootId, new { parent_ids = fractal.ShortTermGoalIds }))["id"]!;

        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{session}/targets", $$"""{"activity_id": "{{activity.Id}}"}"""),
            HttpStatusCode.BadRequest, "Practice sessions have no targets");
        await PutTargetsAsync(client, fractal.RootId, session, $"[{Kept}]");
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/goals/{session}/targets/keep", UriKind.Relative), Ct)).StatusCode);
        Assert.Null(await StoredTargetsAsync(session));
    }

    [Fact]
    public async Task An_unknown_deleted_or_foreign_goal_an_unknown_fractal_and_an_absent_target_answer_404_and_change_nothing()
    {
        var (client, fractal, activity, goal) = await GoalWithActivityAsync();
        await PutTargetsAsync(client, fractal.RootId, goal, $"[{Kept}]");
        var other = await FractalAsync(factory);
        var deletedGoal = fractal.ShortTermGoalIds[1];
        await PutTargetsAsync(client, fractal.RootId, deletedGoal, $"[{Kept}]");
        await DeleteGoalAsync(factory, fractal.RootId, deletedGoal);
        var target = $$"""{"activity_id": "{{activity.Id}}"}""";

        foreach (var missing in new[] { "no-such-goal", deletedGoal })
        {
            await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/{fractal.RootId}/goals/{missing}/targets", target), HttpStatusCode.NotFound, "Goal not found");
            await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/goals/{missing}/targets", target), HttpStatusCode.NotFound, "Goal not found");
            await AssertRefusedAsync(() => client.DeleteAsync(new Uri($"/api/{fractal.RootId}/goals/{missing}/targets/keep", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Goal not found");
            await AssertRefusedAsync(() => client.DeleteAsync(new Uri($"/api/goals/{missing}/targets/keep", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Goal not found");
        }
        // A goal of another fractal is not found through this fractal's route, before the body is looked at.
        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/{other.RootId}/goals/{goal}/targets", target), HttpStatusCode.NotFound, "Goal not found");
        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/{other.RootId}/goals/{goal}/targets", "{}"), HttpStatusCode.NotFound, "Goal not found");
        await AssertRefusedAsync(() => client.DeleteAsync(new Uri($"/api/{other.RootId}/goals/{goal}/targets/keep", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Goal not found");
        await AssertRefusedAsync(() => client.SendJsonAsync(HttpMethod.Post, $"/api/1767200643898/goals/{goal}/targets", target), HttpStatusCode.NotFound, "Fractal not found");
        await AssertRefusedAsync(() => client.DeleteAsync(new Uri($"/api/{fractal.RootId}/goals/{goal}/targets/absent", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Target not found");
        await AssertRefusedAsync(() => client.DeleteAsync(new Uri($"/api/goals/{goal}/targets/absent", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Target not found");
        Assert.Equal($"[{Kept}]", await StoredTargetsAsync(goal));
    }

    [Fact]
    public async Task If_match_applies_to_both_writes_a_stale_tag_is_412_and_changes_nothing()
    {
        var (client, fractal, activity, goal) = await GoalWithActivityAsync();
        var url = $"/api/{fractal.RootId}/goals/{goal}";
        var stale = await ETagAsync(client, url);
        await PutTargetsAsync(client, fractal.RootId, goal, $"[{Kept}]");
        var target = $$"""{"id": "new", "activity_id": "{{activity.Id}}"}""";

        await AssertRefusedAsync(() => SendAsync(client, HttpMethod.Post, $"{url}/targets", target, stale), HttpStatusCode.PreconditionFailed);
        await AssertRefusedAsync(() => SendAsync(client, HttpMethod.Post, $"/api/goals/{goal}/targets", target, stale), HttpStatusCode.PreconditionFailed);
        await AssertRefusedAsync(() => SendAsync(client, HttpMethod.Delete, $"{url}/targets/keep", null, stale), HttpStatusCode.PreconditionFailed);
        await AssertRefusedAsync(() => SendAsync(client, HttpMethod.Delete, $"/api/goals/{goal}/targets/keep", null, stale), HttpStatusCode.PreconditionFailed);

        using var added = await SendAsync(client, HttpMethod.Post, $"{url}/targets", target, await ETagAsync(client, url));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        using var removed = await SendAsync(client, HttpMethod.Delete, $"{url}/targets/keep", null, await ETagAsync(client, url));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal($"[{target}]", await StoredTargetsAsync(goal));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_four_target_routes()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct))!;

        var ids = new[]
        {
            document["paths"]!["/api/{root_id}/goals/{goal_id}/targets"]!["post"]!,
            document["paths"]!["/api/{root_id}/goals/{goal_id}/targets/{target_id}"]!["delete"]!,
            document["paths"]!["/api/goals/{goal_id}/targets"]!["post"]!,
            document["paths"]!["/api/goals/{goal_id}/targets/{target_id}"]!["delete"]!,
        };

        Assert.Equal(["AddGoalTarget", "RemoveGoalTarget", "AddGoalTargetLegacy", "RemoveGoalTargetLegacy"], ids.Select(o => (string)o["operationId"]!));
        Assert.All(ids, o => Assert.NotNull(o["responses"]!["412"]));
        Assert.All(ids, o => Assert.Contains(o["parameters"]!.AsArray(), p => (string?)p!["name"] == "If-Match"));
        Assert.NotNull(ids[0]["responses"]!["201"]);
    }

    // A refusal is a problem with the contract's error member, and no row of any table changed.
    private async Task AssertRefusedAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string? error = null)
    {
        var before = await TableFingerprint.OfAsync(factory);
        using var response = await send();
        await ProblemAssert.IsProblemAsync(response, status, error);
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    private async Task<(HttpClient Client, SeededFractal Fractal, SeededActivity Activity, string Goal)> GoalWithActivityAsync()
    {
        var fractal = await FractalAsync(factory);
        var activity = await ActivityAsync(factory, fractal.RootId);
        return (factory.CreateClient(), fractal, activity, fractal.ShortTermGoalIds[0]);
    }

    private static async Task PutTargetsAsync(HttpClient client, string rootId, string goalId, string targets)
    {
        using var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/{rootId}/goals/{goalId}", $$"""{"targets": {{targets}}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<string?> StoredTargetsAsync(string goalId)
    {
        string? stored = null;
        await factory.SeedAsync(async db => stored = await db.Goals.IgnoreQueryFilters().Where(g => g.Id == new GoalId(goalId)).Select(g => g.Targets).SingleAsync(Ct));
        return stored;
    }

    private static async Task<string> ETagAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"GET {url} sent no ETag");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? json, string ifMatch)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request, Ct);
    }
}
