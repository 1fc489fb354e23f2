using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Sessions.SessionTestData;

namespace FractalGoals.FunctionalTests.Sessions;

/// <summary>Contract #22–#25: activity instances of a session and their metric values.</summary>
public sealed class SessionActivityEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_answers_201_with_the_activity_instance_shape()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/sessions/{sessionId}/activities", new { activity_definition_id = activity.Id }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(
            ["activity_definition_id", "completed", "created_at", "data", "definition_name", "duration_seconds", "id", "metric_values", "notes",
             "practice_session_id", "sets", "time_start", "time_stop"],
            body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(sessionId, (string?)body["practice_session_id"]);
        Assert.Equal("Scales", (string?)body["definition_name"]);
        Assert.Null(body["time_start"]);
        Assert.Null(body["notes"]);
        Assert.False((bool)body["completed"]!);
        Assert.Empty(body["sets"]!.AsArray());
        Assert.Empty(body["data"]!.AsObject());
        Assert.Empty(body["metric_values"]!.AsArray());
        Assert.Equal(fractal.RootId, (await RawInstanceAsync(factory, (string)body["id"]!))!.RootId.Value);
    }

    [Fact]
    public async Task A_client_chosen_instance_id_is_kept_and_reusing_it_answers_409_without_touching_the_row()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var other = await ActivityAsync(factory, fractal.RootId, "Other");
        var created = await AddInstanceAsync(client, fractal.RootId, sessionId, new { instance_id = "11111111-2222-4333-8444-555555555555", activity_definition_id = activity.Id });

        var again = await client.PostAsJsonAsync($"/api/{fractal.RootId}/sessions/{sessionId}/activities",
            new { instance_id = "11111111-2222-4333-8444-555555555555", activity_definition_id = other.Id }, Ct);

        Assert.Equal("11111111-2222-4333-8444-555555555555", (string?)created["id"]);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "Activity instance already exists");
        var list = await ListAsync(client, fractal.RootId, sessionId);
        Assert.Equal(activity.Id, (string?)Assert.Single(list)!["activity_definition_id"]);
    }

    [Fact]
    public async Task Reusing_the_id_of_a_deleted_instance_also_answers_409()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await AddInstanceAsync(client, fractal.RootId, sessionId, new { instance_id = "gone", activity_definition_id = activity.Id });
        (await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{sessionId}/activities/gone", UriKind.Relative), Ct)).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/sessions/{sessionId}/activities", new { instance_id = "gone", activity_definition_id = activity.Id }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "Activity instance already exists");
    }

    [Theory]
    [InlineData("{}", "activity_definition_id required")]
    [InlineData("{\"activity_definition_id\": \"\"}", "activity_definition_id required")]
    [InlineData("{\"activity_definition_id\": null}", "activity_definition_id required")]
    [InlineData("{\"activity_definition_id\": \"nope\"}", "Activity not found")]
    [InlineData("{\"activity_definition_id\": \"x\", \"instance_id\": \" padded \"}", "instance_id must be 1-100 characters of text without surrounding spaces")]
    public async Task Add_with_a_bad_body_answers_400_and_creates_nothing(string body, string error)
    {
        var (fractal, _, sessionId, client) = await SessionWithActivityAsync();

        var response = await SendAsync(client, HttpMethod.Post, $"/api/{fractal.RootId}/sessions/{sessionId}/activities", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, error);
        Assert.Empty(await ListAsync(client, fractal.RootId, sessionId));
    }

    [Fact]
    public async Task Add_with_an_activity_of_another_fractal_answers_400_Activity_not_found()
    {
        var (fractal, _, sessionId, client) = await SessionWithActivityAsync();
        var other = await FractalAsync(factory);
        var foreign = await ActivityAsync(factory, other.RootId);

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/sessions/{sessionId}/activities", new { activity_definition_id = foreign.Id }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Activity not found");
        Assert.Empty(await ListAsync(client, fractal.RootId, sessionId));
    }

    [Theory]
    [InlineData("{\"activity_definition_id\": 5}")]
    [InlineData("{\"activity_definition_id\": ")]
    public async Task Add_with_malformed_json_or_wrong_types_answers_400(string body)
    {
        var (fractal, _, sessionId, client) = await SessionWithActivityAsync();
        await ProblemAssert.IsProblemAsync(await SendAsync(client, HttpMethod.Post, $"/api/{fractal.RootId}/sessions/{sessionId}/activities", body), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Routes_answer_404_for_an_unknown_fractal_an_unknown_session_or_another_fractals_session()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var other = await FractalAsync(factory);
        var foreignSession = (string)(await CreateSessionAsync(client, other.RootId, new { }))["id"]!;
        var instanceId = (string)(await AddInstanceAsync(client, fractal.RootId, sessionId, new { activity_definition_id = activity.Id }))["id"]!;

        foreach (var root in new[] { "1767200643898", fractal.ShortTermGoalIds[0] })
        {
            await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/sessions/{sessionId}/activities", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Fractal not found");
            await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/{root}/sessions/{sessionId}/activities", new { activity_definition_id = activity.Id }, Ct), HttpStatusCode.NotFound, "Fractal not found");
            await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri($"/api/{root}/sessions/{sessionId}/activities/{instanceId}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Fractal not found");
            await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/{root}/sessions/{sessionId}/activities/{instanceId}/metrics", new { metrics = Array.Empty<object>() }, Ct), HttpStatusCode.NotFound, "Fractal not found");
        }
        foreach (var session in new[] { "nope", foreignSession, fractal.ShortTermGoalIds[0] })
        {
            await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{fractal.RootId}/sessions/{session}/activities", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Practice session not found");
            await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/{fractal.RootId}/sessions/{session}/activities", new { activity_definition_id = activity.Id }, Ct), HttpStatusCode.NotFound, "Practice session not found");
            await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{session}/activities/{instanceId}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Activity instance not found");
            await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{session}/activities/{instanceId}/metrics", new { metrics = Array.Empty<object>() }, Ct), HttpStatusCode.NotFound, "Activity instance not found");
        }
        Assert.Empty(await ListAsync(client, other.RootId, foreignSession));
        Assert.Single(await ListAsync(client, fractal.RootId, sessionId));
    }

    [Fact]
    public async Task List_answers_the_sessions_live_instances_oldest_first()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var otherSession = (string)(await CreateSessionAsync(client, fractal.RootId, new { }))["id"]!;
        foreach (var id in new[] { "b", "a", "c" })
            await AddInstanceAsync(client, fractal.RootId, sessionId, new { instance_id = id, activity_definition_id = activity.Id });
        await AddInstanceAsync(client, fractal.RootId, otherSession, new { instance_id = "elsewhere", activity_definition_id = activity.Id });
        (await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{sessionId}/activities/a", UriKind.Relative), Ct)).EnsureSuccessStatusCode();

        var list = await ListAsync(client, fractal.RootId, sessionId);

        Assert.Equal(["b", "c"], list.Select(i => (string?)i!["id"]));
    }

    [Fact]
    public async Task Delete_answers_the_contract_message_then_404_and_a_non_uuid_id_works()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await AddInstanceAsync(client, fractal.RootId, sessionId, new { instance_id = "1767200643898", activity_definition_id = activity.Id });
        var url = new Uri($"/api/{fractal.RootId}/sessions/{sessionId}/activities/1767200643898", UriKind.Relative);

        var response = await client.DeleteAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Activity instance deleted successfully", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["message"]);
        Assert.NotNull((await RawInstanceAsync(factory, "1767200643898"))!.DeletedAt);
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync(url, Ct), HttpStatusCode.NotFound, "Activity instance not found");
    }

    [Fact]
    public async Task Delete_through_another_session_of_the_fractal_is_404_and_keeps_the_instance()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var otherSession = (string)(await CreateSessionAsync(client, fractal.RootId, new { }))["id"]!;
        var id = (string)(await AddInstanceAsync(client, fractal.RootId, sessionId, new { activity_definition_id = activity.Id }))["id"]!;

        var response = await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{otherSession}/activities/{id}", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Activity instance not found");
        Assert.Single(await ListAsync(client, fractal.RootId, sessionId));
    }

    [Fact]
    public async Task Metrics_are_upserted_per_metric_and_split_and_answer_the_updated_instance()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var id = (string)(await AddInstanceAsync(client, fractal.RootId, sessionId, new { activity_definition_id = activity.Id }))["id"]!;
        var url = $"/api/{fractal.RootId}/sessions/{sessionId}/activities/{id}/metrics";

        var first = await PutMetricsAsync(client, url, new object[]
        {
            new { metric_id = activity.MetricId, value = "7" },
            new { metric_id = activity.MetricId, value = 4.5, split_id = activity.SplitIds[0] },
        });
        var second = await PutMetricsAsync(client, url, new object[]
        {
            new { metric_id = activity.MetricId, value = 8, split_id = "" },
            new { metric_id = activity.OtherMetricId, value = "12" },
        });

        var values = second["metric_values"]!.AsArray();
        Assert.Equal(3, values.Count);
        var noSplit = values.Single(v => (string?)v!["metric_definition_id"] == activity.MetricId && v!["split_id"] is null)!;
        Assert.Equal((string?)first["metric_values"]![0]!["id"], (string?)noSplit["id"]);
        Assert.Equal(8.0, (double)noSplit["value"]!);
        Assert.Equal("Reps", (string?)noSplit["name"]);
        Assert.Equal("count", (string?)noSplit["unit"]);
        Assert.Equal(activity.MetricId, (string?)noSplit["metric_id"]);
        var split = values.Single(v => (string?)v!["split_id"] == activity.SplitIds[0])!;
        Assert.Equal(4.5, (double)split["value"]!);
        Assert.Equal("Left", (string?)split["split_name"]);
        Assert.Equal(12.0, (double)values.Single(v => (string?)v!["metric_definition_id"] == activity.OtherMetricId)!["value"]!);
        var listed = Assert.Single(await ListAsync(client, fractal.RootId, sessionId))!;
        Assert.Equal(3, listed["metric_values"]!.AsArray().Count);
    }

    [Fact]
    public async Task Entries_without_metric_id_or_with_a_blank_null_or_non_numeric_value_are_skipped()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var id = (string)(await AddInstanceAsync(client, fractal.RootId, sessionId, new { activity_definition_id = activity.Id }))["id"]!;
        var url = $"/api/{fractal.RootId}/sessions/{sessionId}/activities/{id}/metrics";
        await PutMetricsAsync(client, url, new object[] { new { metric_id = activity.MetricId, value = 5 } });

        var body = await PutMetricsAsync(client, url, new object[]
        {
            new { metric_id = activity.MetricId, value = " " },
            new { metric_id = activity.MetricId, value = (string?)null },
            new { metric_id = activity.MetricId, value = "abc" },
            new { metric_id = activity.MetricId, value = true },
            new { metric_id = "", value = 9 },
            new { value = 9, name = "Reps" },
            new { metric_id = 42, value = 9 },
        });

        Assert.Equal(5.0, (double)Assert.Single(body["metric_values"]!.AsArray())!["value"]!);
    }

    [Fact]
    public async Task Echoing_loaded_values_back_is_accepted_even_for_a_metric_retired_since()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var id = (string)(await AddInstanceAsync(client, fractal.RootId, sessionId, new { activity_definition_id = activity.Id }))["id"]!;
        var url = $"/api/{fractal.RootId}/sessions/{sessionId}/activities/{id}/metrics";
        var loaded = await PutMetricsAsync(client, url, new object[] { new { metric_id = activity.OtherMetricId, value = 60 } });
        await factory.SeedAsync(async db =>
        {
            var definition = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsTracking(db.Set<Domain.Activities.ActivityDefinition>()),
                a => a.Id == new Domain.Activities.ActivityDefinitionId(activity.Id), Ct);
            definition.RemoveMetric(new Domain.Activities.MetricDefinitionId(activity.OtherMetricId), hasValues: true, DateTime.Now);
        });

        var echoed = loaded["metric_values"]!.AsArray().Select(v => v!.DeepClone()).Append(JsonNode.Parse($"{{\"metric_id\":\"{activity.MetricId}\",\"value\":\"3\"}}"));
        var response = await client.PutAsJsonAsync(url, new { metrics = echoed }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var values = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["metric_values"]!.AsArray();
        Assert.Equal([60.0, 3.0], values.Select(v => (double)v!["value"]!));
        Assert.Equal("Weight", (string?)values[0]!["name"]);   // a retired metric keeps its name for history
    }

    [Theory]
    [InlineData("\"nan\"")]
    [InlineData("\"-Infinity\"")]
    [InlineData("\"1e999\"")]
    [InlineData("1e999")]
    public async Task A_non_finite_value_rejects_the_whole_request(string value)
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var id = (string)(await AddInstanceAsync(client, fractal.RootId, sessionId, new { activity_definition_id = activity.Id }))["id"]!;
        var body = $"{{\"metrics\": [{{\"metric_id\": \"{activity.OtherMetricId}\", \"value\": 1}}, {{\"metric_id\": \"{activity.MetricId}\", \"value\": {value}}}]}}";

        var response = await SendAsync(client, HttpMethod.Put, $"/api/{fractal.RootId}/sessions/{sessionId}/activities/{id}/metrics", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Metric values must be finite numbers");
        Assert.Empty(Assert.Single(await ListAsync(client, fractal.RootId, sessionId))!["metric_values"]!.AsArray());
    }

    [Fact]
    public async Task A_metric_or_split_that_is_not_the_activitys_answers_400_and_records_nothing()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var other = await ActivityAsync(factory, fractal.RootId, "Other");
        var id = (string)(await AddInstanceAsync(client, fractal.RootId, sessionId, new { activity_definition_id = activity.Id }))["id"]!;
        var url = $"/api/{fractal.RootId}/sessions/{sessionId}/activities/{id}/metrics";

        var wrongMetric = await client.PutAsJsonAsync(url, new { metrics = new object[] { new { metric_id = activity.MetricId, value = 1 }, new { metric_id = other.MetricId, value = 2 } } }, Ct);
        var wrongSplit = await client.PutAsJsonAsync(url, new { metrics = new object[] { new { metric_id = activity.MetricId, value = 1, split_id = other.SplitIds[0] } } }, Ct);

        await ProblemAssert.IsProblemAsync(wrongMetric, HttpStatusCode.BadRequest, "Metric does not belong to this activity");
        await ProblemAssert.IsProblemAsync(wrongSplit, HttpStatusCode.BadRequest, "Split does not belong to this activity");
        Assert.Empty(Assert.Single(await ListAsync(client, fractal.RootId, sessionId))!["metric_values"]!.AsArray());
    }

    [Theory]
    [InlineData("{\"metrics\": 5}")]
    [InlineData("{\"metrics\": [1]}")]
    [InlineData("{\"metrics\": [")]
    public async Task Metrics_with_malformed_json_or_wrong_types_answer_400(string body)
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var id = (string)(await AddInstanceAsync(client, fractal.RootId, sessionId, new { activity_definition_id = activity.Id }))["id"]!;
        await ProblemAssert.IsProblemAsync(await SendAsync(client, HttpMethod.Put, $"/api/{fractal.RootId}/sessions/{sessionId}/activities/{id}/metrics", body), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Metrics_of_a_deleted_instance_answer_404()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var id = (string)(await AddInstanceAsync(client, fractal.RootId, sessionId, new { activity_definition_id = activity.Id }))["id"]!;
        (await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{sessionId}/activities/{id}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();

        var response = await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{sessionId}/activities/{id}/metrics", new { metrics = new[] { new { metric_id = activity.MetricId, value = 1 } } }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Activity instance not found");
    }

    private async Task<(SeededFractal Fractal, SeededActivity Activity, string SessionId, HttpClient Client)> SessionWithActivityAsync()
    {
        var fractal = await FractalAsync(factory);
        var activity = await ActivityAsync(factory, fractal.RootId);
        var client = factory.CreateClient();
        var sessionId = (string)(await CreateSessionAsync(client, fractal.RootId, new { parent_ids = fractal.ShortTermGoalIds }))["id"]!;
        return (fractal, activity, sessionId, client);
    }

    private static async Task<JsonArray> ListAsync(HttpClient client, string rootId, string sessionId) =>
        (await client.GetFromJsonAsync<JsonArray>($"/api/{rootId}/sessions/{sessionId}/activities", Ct))!;

    private static async Task<JsonObject> PutMetricsAsync(HttpClient client, string url, object[] metrics)
    {
        var response = await client.PutAsJsonAsync(url, new { metrics }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string body)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await client.SendAsync(request, Ct);
    }
}
