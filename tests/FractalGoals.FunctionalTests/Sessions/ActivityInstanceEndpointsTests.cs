using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FractalGoals.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using static FractalGoals.FunctionalTests.Sessions.SessionTestData;

namespace FractalGoals.FunctionalTests.Sessions;

/// <summary>Contract #40–#44: activity instances of a fractal and their timers.</summary>
public sealed class ActivityInstanceEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string StopNotFound = "Activity instance not found. Please refresh the page and try again, or manually enter start and stop times.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_answers_the_instances_of_the_fractal_oldest_first()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var otherSession = (string)(await CreateSessionAsync(client, fractal.RootId, new { parent_ids = fractal.ShortTermGoalIds }))["id"]!;
        var first = await AddInstanceAsync(client, fractal.RootId, sessionId, new { instance_id = "first", activity_definition_id = activity.Id });
        var second = await AddInstanceAsync(client, fractal.RootId, otherSession, new { instance_id = "second", activity_definition_id = activity.Id });
        var (otherFractal, otherActivity, otherFractalSession, _) = await SessionWithActivityAsync();
        await AddInstanceAsync(client, otherFractal.RootId, otherFractalSession, new { activity_definition_id = otherActivity.Id });

        var list = await ListAsync(client, fractal.RootId);

        Assert.Equal(["first", "second"], list.Select(n => (string)n!["id"]!));
        Assert.Equal("Scales", (string?)list[0]!["definition_name"]);
        Assert.True(JsonNode.DeepEquals(first, list[0]));
        Assert.True(JsonNode.DeepEquals(second, list[1]));
    }

    [Fact]
    public async Task List_of_a_fractal_without_instances_is_empty_and_an_unknown_fractal_answers_404()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();

        Assert.Empty(await ListAsync(client, fractal.RootId));
        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri("/api/1767200643898/activity-instances", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task List_hides_deleted_instances()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await AddInstanceAsync(client, fractal.RootId, sessionId, new { instance_id = "gone", activity_definition_id = activity.Id });
        (await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{sessionId}/activities/gone", UriKind.Relative), Ct)).EnsureSuccessStatusCode();

        Assert.Empty(await ListAsync(client, fractal.RootId));
    }

    [Fact]
    public async Task Create_answers_201_with_the_client_id_and_no_times()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/activity-instances",
            new { instance_id = "1767200643898", practice_session_id = sessionId, activity_definition_id = activity.Id }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal("1767200643898", (string?)body["id"]);
        Assert.Equal(sessionId, (string?)body["practice_session_id"]);
        Assert.Equal("Scales", (string?)body["definition_name"]);
        Assert.Null(body["time_start"]);
        Assert.Null(body["time_stop"]);
        Assert.Null(body["duration_seconds"]);
        Assert.Equal(fractal.RootId, (await RawInstanceAsync(factory, "1767200643898"))!.RootId.Value);
    }

    [Fact]
    public async Task Create_with_a_taken_id_answers_409_and_leaves_the_row_alone()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var other = await ActivityAsync(factory, fractal.RootId, "Other");
        var created = await CreateAsync(client, fractal.RootId, new { instance_id = "taken", practice_session_id = sessionId, activity_definition_id = activity.Id });

        var again = await client.PostAsJsonAsync($"/api/{fractal.RootId}/activity-instances",
            new { instance_id = "taken", practice_session_id = sessionId, activity_definition_id = other.Id }, Ct);

        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict, "Activity instance already exists");
        Assert.True(JsonNode.DeepEquals(created, Assert.Single(await ListAsync(client, fractal.RootId))));
    }

    [Theory]
    [InlineData("{}", "instance_id, practice_session_id, and activity_definition_id required")]
    [InlineData("{\"instance_id\": \"a\", \"practice_session_id\": \"s\"}", "instance_id, practice_session_id, and activity_definition_id required")]
    [InlineData("{\"practice_session_id\": \"s\"}", "instance_id, practice_session_id, and activity_definition_id required")]
    [InlineData("{\"instance_id\": null, \"activity_definition_id\": \"x\"}", "instance_id, practice_session_id, and activity_definition_id required")]
    [InlineData("{\"instance_id\": \"\", \"practice_session_id\": \"\", \"activity_definition_id\": \"x\"}", "instance_id, practice_session_id, and activity_definition_id required")]
    [InlineData("{\"instance_id\": \" padded \", \"practice_session_id\": \"s\", \"activity_definition_id\": \"x\"}", "instance_id must be 1-100 characters of text without surrounding spaces")]
    [InlineData("{\"instance_id\": \"a\", \"practice_session_id\": \"SESSION\", \"activity_definition_id\": \"nope\"}", "Activity not found")]
    public async Task Create_with_a_bad_body_answers_400_and_creates_nothing(string body, string error)
    {
        var (fractal, _, sessionId, client) = await SessionWithActivityAsync();

        var before = await TableFingerprint.OfAsync(factory);

        var response = await SendAsync(client, HttpMethod.Post, $"/api/{fractal.RootId}/activity-instances", body.Replace("SESSION", sessionId, StringComparison.Ordinal));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, error);
        Assert.Empty(await ListAsync(client, fractal.RootId));
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    // ADR 0050: without an instance_id (missing, null or empty) the server makes one; the other two stay required.
    [Theory]
    [InlineData("")]
    [InlineData("\"instance_id\": null, ")]
    [InlineData("\"instance_id\": \"\", ")]
    public async Task Create_without_an_instance_id_answers_201_with_a_new_uuid_that_the_list_shows(string instanceId)
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var clientMade = "client-" + Guid.NewGuid().ToString("N");   // ids are unique across the fixture's fractals
        var existing = await CreateAsync(client, fractal.RootId, new { instance_id = clientMade, practice_session_id = sessionId, activity_definition_id = activity.Id });

        var response = await SendAsync(client, HttpMethod.Post, $"/api/{fractal.RootId}/activity-instances",
            $$"""{{{instanceId}}"practice_session_id": "{{sessionId}}", "activity_definition_id": "{{activity.Id}}"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        var id = (string)body["id"]!;
        Assert.True(Guid.TryParse(id, out _), id);
        Assert.Equal(sessionId, (string?)body["practice_session_id"]);
        Assert.Equal("Scales", (string?)body["definition_name"]);
        Assert.Null(body["time_start"]);
        Assert.Equal(fractal.RootId, (await RawInstanceAsync(factory, id))!.RootId.Value);
        var list = await ListAsync(client, fractal.RootId);
        Assert.Equal([clientMade, id], list.Select(n => (string)n!["id"]!));
        Assert.True(JsonNode.DeepEquals(existing, list[0]));
        Assert.True(JsonNode.DeepEquals(body, list[1]));
    }

    [Fact]
    public async Task Create_without_an_instance_id_in_a_session_of_another_fractal_answers_404_and_changes_nothing()
    {
        var (fractal, activity, _, client) = await SessionWithActivityAsync();
        var (_, _, otherSession, _) = await SessionWithActivityAsync();
        var before = await TableFingerprint.OfAsync(factory);

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/activity-instances",
            new { practice_session_id = otherSession, activity_definition_id = activity.Id }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Practice session not found");
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    [Theory]
    [InlineData("{\"instance_id\": ")]
    [InlineData("{\"instance_id\": 5, \"practice_session_id\": \"s\", \"activity_definition_id\": \"x\"}")]
    [InlineData("[]")]
    public async Task Create_with_malformed_json_answers_400(string body)
    {
        var (fractal, _, _, client) = await SessionWithActivityAsync();

        await ProblemAssert.IsProblemAsync(await SendAsync(client, HttpMethod.Post, $"/api/{fractal.RootId}/activity-instances", body), HttpStatusCode.BadRequest);
        Assert.Empty(await ListAsync(client, fractal.RootId));
    }

    [Fact]
    public async Task Create_in_a_session_of_another_fractal_answers_404_and_creates_nothing()
    {
        var (fractal, activity, _, client) = await SessionWithActivityAsync();
        var (other, _, otherSession, _) = await SessionWithActivityAsync();

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/activity-instances",
            new { instance_id = "x1", practice_session_id = otherSession, activity_definition_id = activity.Id }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Practice session not found");
        Assert.Empty(await ListAsync(client, fractal.RootId));
        Assert.Empty(await ListAsync(client, other.RootId));
        Assert.Null(await RawInstanceAsync(factory, "x1"));
    }

    [Fact]
    public async Task Start_stamps_the_start_and_stop_stamps_the_stop_and_duration()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await CreateAsync(client, fractal.RootId, new { instance_id = "timer", practice_session_id = sessionId, activity_definition_id = activity.Id });

        var started = await PostOkAsync(client, $"/api/{fractal.RootId}/activity-instances/timer/start", new { practice_session_id = sessionId, activity_definition_id = activity.Id });
        var stopped = await PostOkAsync(client, $"/api/{fractal.RootId}/activity-instances/timer/stop", new { });

        Assert.NotNull(started["time_start"]);
        Assert.Null(started["time_stop"]);
        Assert.Null(started["duration_seconds"]);
        Assert.Equal((string?)started["time_start"], (string?)stopped["time_start"]);
        AssertNaive((string)stopped["time_stop"]!);
        var raw = (await RawInstanceAsync(factory, "timer"))!;
        Assert.Equal((int)((raw.TimeStop!.Value - raw.TimeStart!.Value).Ticks / TimeSpan.TicksPerSecond), (int)stopped["duration_seconds"]!);
    }

    [Fact]
    public async Task Start_creates_a_missing_instance_from_the_body_ids()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();

        var started = await PostOkAsync(client, $"/api/{fractal.RootId}/activity-instances/b445e0e6-322d/start", new { practice_session_id = sessionId, activity_definition_id = activity.Id });

        Assert.Equal("b445e0e6-322d", (string?)started["id"]);
        Assert.Equal(sessionId, (string?)started["practice_session_id"]);
        AssertNaive((string)started["time_start"]!);
        Assert.Equal("b445e0e6-322d", (string?)Assert.Single(await ListAsync(client, fractal.RootId))!["id"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"practice_session_id\": \"SESSION\"}")]
    [InlineData("{\"practice_session_id\": \"\", \"activity_definition_id\": \"x\"}")]
    public async Task Start_of_a_missing_instance_without_both_ids_answers_400_and_creates_nothing(string body)
    {
        var (fractal, _, sessionId, client) = await SessionWithActivityAsync();

        var response = await SendAsync(client, HttpMethod.Post, $"/api/{fractal.RootId}/activity-instances/new-one/start", body.Replace("SESSION", sessionId, StringComparison.Ordinal));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "practice_session_id and activity_definition_id required");
        Assert.Empty(await ListAsync(client, fractal.RootId));
    }

    [Fact]
    public async Task Start_of_an_existing_instance_needs_no_body_ids()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await CreateAsync(client, fractal.RootId, new { instance_id = "t", practice_session_id = sessionId, activity_definition_id = activity.Id });

        var started = await PostOkAsync(client, $"/api/{fractal.RootId}/activity-instances/t/start", new { });

        Assert.NotNull(started["time_start"]);
    }

    [Fact]
    public async Task Start_and_stop_of_an_existing_instance_accept_an_empty_body()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await CreateAsync(client, fractal.RootId, new { instance_id = "bodiless", practice_session_id = sessionId, activity_definition_id = activity.Id });

        var start = await client.PostAsync(new Uri($"/api/{fractal.RootId}/activity-instances/bodiless/start", UriKind.Relative), null, Ct);
        var stop = await client.PostAsync(new Uri($"/api/{fractal.RootId}/activity-instances/bodiless/stop", UriKind.Relative), null, Ct);

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.NotNull((await RawInstanceAsync(factory, "bodiless"))!.DurationSeconds);
    }

    [Fact]
    public async Task Restart_clears_the_stop_and_the_duration()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var ids = new { practice_session_id = sessionId, activity_definition_id = activity.Id };
        await PostOkAsync(client, $"/api/{fractal.RootId}/activity-instances/r/start", ids);
        var stopped = await PostOkAsync(client, $"/api/{fractal.RootId}/activity-instances/r/stop", ids);

        var restarted = await PostOkAsync(client, $"/api/{fractal.RootId}/activity-instances/r/start", ids);

        Assert.NotNull(stopped["time_stop"]);
        Assert.NotNull(stopped["duration_seconds"]);
        Assert.Null(restarted["time_stop"]);
        Assert.Null(restarted["duration_seconds"]);
        var raw = (await RawInstanceAsync(factory, "r"))!;
        Assert.Null(raw.TimeStop);
        Assert.Null(raw.DurationSeconds);
        Assert.True(raw.TimeStart >= DateTime.Parse((string)stopped["time_start"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Stopping_a_stopped_timer_re_stamps_the_stop_from_the_same_start()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var ids = new { practice_session_id = sessionId, activity_definition_id = activity.Id };
        var started = await PostOkAsync(client, $"/api/{fractal.RootId}/activity-instances/q/start", ids);
        var first = await PostOkAsync(client, $"/api/{fractal.RootId}/activity-instances/q/stop", ids);
        var firstRaw = (await RawInstanceAsync(factory, "q"))!;

        var second = await PostOkAsync(client, $"/api/{fractal.RootId}/activity-instances/q/stop", ids);

        var secondRaw = (await RawInstanceAsync(factory, "q"))!;
        Assert.Equal((string?)started["time_start"], (string?)second["time_start"]);
        Assert.Equal(firstRaw.TimeStart, secondRaw.TimeStart);
        Assert.True(secondRaw.TimeStop > firstRaw.TimeStop);
        Assert.NotEqual((string?)first["time_stop"], (string?)second["time_stop"]);
        Assert.Equal((int)((secondRaw.TimeStop!.Value - secondRaw.TimeStart!.Value).Ticks / TimeSpan.TicksPerSecond), secondRaw.DurationSeconds);
    }

    [Fact]
    public async Task Stop_of_a_never_started_timer_answers_400_with_the_dialog_text()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await CreateAsync(client, fractal.RootId, new { instance_id = "n", practice_session_id = sessionId, activity_definition_id = activity.Id });

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/activity-instances/n/stop", new { }, Ct);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, SessionRules.TimerNeverStartedMessage);
        Assert.Contains("Timer was never started", (string)problem["error"]!, StringComparison.Ordinal);
        Assert.Null((await RawInstanceAsync(factory, "n"))!.TimeStop);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("1767200643898")]
    public async Task Stop_of_an_unknown_instance_answers_404_with_the_dialog_text(string id)
    {
        var (fractal, _, _, client) = await SessionWithActivityAsync();

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/activity-instances/{id}/stop", new { }, Ct);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, StopNotFound);
        Assert.Contains("Activity instance not found", (string)problem["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_ignores_a_malformed_body()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await PostOkAsync(client, $"/api/{fractal.RootId}/activity-instances/m/start", new { practice_session_id = sessionId, activity_definition_id = activity.Id });

        var response = await SendAsync(client, HttpMethod.Post, $"/api/{fractal.RootId}/activity-instances/m/stop", "{\"practice_session_id\": ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_with_malformed_json_answers_400_and_creates_nothing()
    {
        var (fractal, _, _, client) = await SessionWithActivityAsync();

        await ProblemAssert.IsProblemAsync(await SendAsync(client, HttpMethod.Post, $"/api/{fractal.RootId}/activity-instances/x/start", "{\"practice_session_id\": "), HttpStatusCode.BadRequest);
        Assert.Empty(await ListAsync(client, fractal.RootId));
    }

    [Fact]
    public async Task Timers_of_another_fractal_answer_404_and_change_nothing()
    {
        var (fractal, _, _, client) = await SessionWithActivityAsync();
        var (other, otherActivity, otherSession, _) = await SessionWithActivityAsync();
        var ids = new { practice_session_id = otherSession, activity_definition_id = otherActivity.Id };
        await PostOkAsync(client, $"/api/{other.RootId}/activity-instances/theirs/start", ids);
        var before = Assert.Single(await ListAsync(client, other.RootId));

        var stop = await client.PostAsJsonAsync($"/api/{fractal.RootId}/activity-instances/theirs/stop", ids, Ct);
        var start = await client.PostAsJsonAsync($"/api/{fractal.RootId}/activity-instances/theirs/start", ids, Ct);

        await ProblemAssert.IsProblemAsync(stop, HttpStatusCode.NotFound, StopNotFound);
        await ProblemAssert.IsProblemAsync(start, HttpStatusCode.NotFound, "Practice session not found");
        Assert.True(JsonNode.DeepEquals(before, Assert.Single(await ListAsync(client, other.RootId))));
        Assert.Empty(await ListAsync(client, fractal.RootId));
    }

    [Fact]
    public async Task Start_under_an_id_taken_in_another_fractal_answers_409()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var (other, otherActivity, otherSession, _) = await SessionWithActivityAsync();
        await PostOkAsync(client, $"/api/{other.RootId}/activity-instances/shared/start", new { practice_session_id = otherSession, activity_definition_id = otherActivity.Id });

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/activity-instances/shared/start", new { practice_session_id = sessionId, activity_definition_id = activity.Id }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "Activity instance already exists");
        Assert.Equal(other.RootId, (await RawInstanceAsync(factory, "shared"))!.RootId.Value);
    }

    [Fact]
    public async Task Timer_routes_of_an_unknown_fractal_answer_404()
    {
        var client = factory.CreateClient();

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/nope/activity-instances/x/start", new { }, Ct), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/nope/activity-instances/x/stop", new { }, Ct), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/nope/activity-instances", new { instance_id = "a", practice_session_id = "b", activity_definition_id = "c" }, Ct), HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task Update_sets_naive_times_and_derives_the_duration_ignoring_a_client_duration()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await CreateAsync(client, fractal.RootId, new { instance_id = "u", practice_session_id = sessionId, activity_definition_id = activity.Id });

        var updated = await PutOkAsync(client, fractal.RootId, "u", new { time_start = "2025-12-29T09:54:23.340767", time_stop = "2025-12-29T10:03:59.5", duration_seconds = 5 });

        Assert.Equal("2025-12-29T09:54:23.340767", (string?)updated["time_start"]);
        Assert.Equal("2025-12-29T10:03:59.500000", (string?)updated["time_stop"]);
        Assert.Equal(576, (int)updated["duration_seconds"]!);
        Assert.Equal(576, (await RawInstanceAsync(factory, "u"))!.DurationSeconds);
    }

    [Fact]
    public async Task Update_converts_an_offset_time_to_server_local_and_combines_it_with_a_naive_one()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await CreateAsync(client, fractal.RootId, new { instance_id = "z", practice_session_id = sessionId, activity_definition_id = activity.Id });
        var stopLocal = TimeZoneInfo.ConvertTime(new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.Zero), TimeZoneInfo.Local).DateTime;
        var startLocal = stopLocal.AddSeconds(-90.7);

        var updated = await PutOkAsync(client, fractal.RootId, "z", new
        {
            time_start = startLocal.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture),
            time_stop = "2026-01-02T10:00:00Z",
        });

        Assert.Equal(stopLocal.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), (string?)updated["time_stop"]);
        Assert.Equal(90, (int)updated["duration_seconds"]!);
        var plusTwo = await PutOkAsync(client, fractal.RootId, "z", new { time_stop = "2026-01-02T12:00:00+02:00" });
        Assert.Equal((string?)updated["time_stop"], (string?)plusTwo["time_stop"]);
    }

    [Fact]
    public async Task Update_with_only_one_time_keeps_the_other_and_a_stop_before_start_gives_a_negative_duration()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await CreateAsync(client, fractal.RootId, new { instance_id = "o", practice_session_id = sessionId, activity_definition_id = activity.Id });
        await PutOkAsync(client, fractal.RootId, "o", new { time_start = "2026-01-02T10:00:00", time_stop = "2026-01-02T10:01:00" });

        var updated = await PutOkAsync(client, fractal.RootId, "o", new { time_stop = "2026-01-02 09:59:30" });

        Assert.Equal("2026-01-02T10:00:00", (string?)updated["time_start"]);
        Assert.Equal(-30, (int)updated["duration_seconds"]!);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Update_clearing_a_time_clears_the_duration(string? cleared)
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var id = $"c-{cleared?.Length}";   // instance ids are one key space shared by every test of the class
        await CreateAsync(client, fractal.RootId, new { instance_id = id, practice_session_id = sessionId, activity_definition_id = activity.Id });
        await PutOkAsync(client, fractal.RootId, id, new { time_start = "2026-01-02T10:00:00", time_stop = "2026-01-02T10:01:00" });

        var reset = await PutOkAsync(client, fractal.RootId, id, new { practice_session_id = sessionId, activity_definition_id = activity.Id, time_start = cleared, time_stop = cleared, duration_seconds = (int?)null });

        Assert.Null(reset["time_start"]);
        Assert.Null(reset["time_stop"]);
        Assert.Null(reset["duration_seconds"]);
        Assert.Null((await RawInstanceAsync(factory, id))!.DurationSeconds);
    }

    [Fact]
    public async Task Update_sets_completion_and_notes_and_leaves_absent_fields_alone()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await CreateAsync(client, fractal.RootId, new { instance_id = "notes", practice_session_id = sessionId, activity_definition_id = activity.Id });
        await PutOkAsync(client, fractal.RootId, "notes", new { time_start = "2026-01-02T10:00:00", time_stop = "2026-01-02T10:01:00", notes = "felt good" });

        var updated = await PutOkAsync(client, fractal.RootId, "notes", new { practice_session_id = sessionId, activity_definition_id = activity.Id, completed = true });

        Assert.True((bool)updated["completed"]!);
        Assert.Equal("felt good", (string?)updated["notes"]);
        Assert.Equal("2026-01-02T10:00:00", (string?)updated["time_start"]);
        Assert.Equal(60, (int)updated["duration_seconds"]!);
        var cleared = await PutOkAsync(client, fractal.RootId, "notes", new { notes = (string?)null });
        Assert.Null(cleared["notes"]);
        Assert.True((bool)cleared["completed"]!);
    }

    [Fact]
    public async Task Update_sets_replaces_the_sets_key_and_keeps_other_data_keys()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        await CreateAsync(client, fractal.RootId, new { instance_id = "s", practice_session_id = sessionId, activity_definition_id = activity.Id });
        await SetRawDataAsync("s", "{\"sets\": [1], \"keep\": {\"a\": \"15\"}}");
        var sets = "[{\"instance_id\": \"5cb6\", \"completed\": false, \"metrics\": [{\"metric_id\": \"edca\", \"value\": \"15\"}]}]";

        var response = await SendAsync(client, HttpMethod.Put, $"/api/{fractal.RootId}/activity-instances/s", $"{{\"sets\": {sets}}}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(sets), body["sets"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(sets), body["data"]!["sets"]));
        Assert.Equal("15", (string?)body["data"]!["keep"]!["a"]);
    }

    [Fact]
    public async Task Update_creates_a_missing_instance_from_the_body_ids()
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();

        var created = await PutOkAsync(client, fractal.RootId, "024353af", new { practice_session_id = sessionId, activity_definition_id = activity.Id, completed = true });

        Assert.Equal("024353af", (string?)created["id"]);
        Assert.True((bool)created["completed"]!);
        Assert.Equal(fractal.RootId, (await RawInstanceAsync(factory, "024353af"))!.RootId.Value);
    }

    [Theory]
    [InlineData("{\"completed\": true}")]
    [InlineData("{\"practice_session_id\": \"s\", \"completed\": true}")]
    [InlineData("{\"practice_session_id\": 5, \"activity_definition_id\": \"a\"}")]
    public async Task Update_of_a_missing_instance_without_creation_ids_answers_404(string body)
    {
        var (fractal, _, _, client) = await SessionWithActivityAsync();

        var response = await SendAsync(client, HttpMethod.Put, $"/api/{fractal.RootId}/activity-instances/missing", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Instance not found and missing creation details");
        Assert.Empty(await ListAsync(client, fractal.RootId));
    }

    [Theory]
    [InlineData("{\"time_start\": \"yesterday\"}", "Invalid isoformat string: 'yesterday'")]
    [InlineData("{\"time_stop\": \"2026-13-01T00:00:00\"}", "Invalid isoformat string: '2026-13-01T00:00:00'")]
    [InlineData("{\"time_start\": 5}", "time_start must be a string")]
    [InlineData("{\"completed\": \"yes\"}", "completed must be a boolean")]
    [InlineData("{\"notes\": []}", "notes must be a string")]
    [InlineData("{\"sets\": {\"a\": 1}}", "Sets must be a JSON array")]
    [InlineData("{\"notes\": \"x\", \"time_start\": ", null)]
    public async Task Update_with_a_bad_body_answers_400_and_changes_nothing(string body, string? error)
    {
        var (fractal, activity, sessionId, client) = await SessionWithActivityAsync();
        var id = $"b-{Guid.NewGuid():N}";   // instance ids are one key space shared by every test of the class
        var before = await CreateAsync(client, fractal.RootId, new { instance_id = id, practice_session_id = sessionId, activity_definition_id = activity.Id });

        var response = await SendAsync(client, HttpMethod.Put, $"/api/{fractal.RootId}/activity-instances/{id}", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, error);
        Assert.True(JsonNode.DeepEquals(before, Assert.Single(await ListAsync(client, fractal.RootId))));
    }

    [Fact]
    public async Task Update_of_another_fractals_instance_answers_404_and_changes_nothing()
    {
        var (fractal, _, _, client) = await SessionWithActivityAsync();
        var (other, otherActivity, otherSession, _) = await SessionWithActivityAsync();
        var before = await CreateAsync(client, other.RootId, new { instance_id = "their-u", practice_session_id = otherSession, activity_definition_id = otherActivity.Id });

        var response = await client.PutAsJsonAsync($"/api/{fractal.RootId}/activity-instances/their-u", new { notes = "mine now", completed = true }, Ct);
        var withIds = await client.PutAsJsonAsync($"/api/{fractal.RootId}/activity-instances/their-u",
            new { practice_session_id = otherSession, activity_definition_id = otherActivity.Id, completed = true }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Instance not found and missing creation details");
        await ProblemAssert.IsProblemAsync(withIds, HttpStatusCode.NotFound, "Practice session not found");
        Assert.True(JsonNode.DeepEquals(before, Assert.Single(await ListAsync(client, other.RootId))));
        Assert.Empty(await ListAsync(client, fractal.RootId));
    }

    [Fact]
    public async Task Update_in_an_unknown_fractal_answers_404()
    {
        var client = factory.CreateClient();

        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync("/api/1767200643898/activity-instances/x", new { completed = true }, Ct), HttpStatusCode.NotFound, "Fractal not found");
    }

    private async Task SetRawDataAsync(string id, string data) =>
        await factory.SeedAsync(async db =>
        {
            var instance = await db.Set<ActivityInstance>().SingleAsync(i => i.Id == new ActivityInstanceId(id), Ct);
            db.Entry(instance).Property(i => i.Data).CurrentValue = data;
            db.Entry(instance).Property(i => i.Data).IsModified = true;
        });

    private static async Task<JsonObject> PutOkAsync(HttpClient client, string rootId, string id, object body)
    {
        var response = await client.PutAsJsonAsync($"/api/{rootId}/activity-instances/{id}", body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    private static void AssertNaive(string text) =>
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$", text);

    private async Task<(SeededFractal Fractal, SeededActivity Activity, string SessionId, HttpClient Client)> SessionWithActivityAsync()
    {
        var fractal = await FractalAsync(factory);
        var activity = await ActivityAsync(factory, fractal.RootId);
        var client = factory.CreateClient();
        var sessionId = (string)(await CreateSessionAsync(client, fractal.RootId, new { parent_ids = fractal.ShortTermGoalIds }))["id"]!;
        return (fractal, activity, sessionId, client);
    }

    private static async Task<JsonArray> ListAsync(HttpClient client, string rootId) =>
        (await client.GetFromJsonAsync<JsonArray>($"/api/{rootId}/activity-instances", Ct))!;

    private static async Task<JsonObject> CreateAsync(HttpClient client, string rootId, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/{rootId}/activity-instances", body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    private static async Task<JsonObject> PostOkAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string body)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await client.SendAsync(request, Ct);
    }
}
