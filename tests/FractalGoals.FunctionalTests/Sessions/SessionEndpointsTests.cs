using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static FractalGoals.FunctionalTests.Sessions.SessionTestData;

namespace FractalGoals.FunctionalTests.Sessions;

/// <summary>Contract #18–#21 and the issue's session restore.</summary>
public sealed partial class SessionEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string LogPageData =
        "{\"template_id\":\"0e99b7cc\",\"template_name\":\"Upper Body Day 1\",\"sections\":[{\"name\":\"Warm up\",\"exercises\":[{\"type\":\"activity\",\"instance_id\":\"11111111-2222-4333-8444-555555555555\",\"reps\":\"15\"}]}],\"total_duration_minutes\":65}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_from_the_log_page_answers_201_with_a_session_node_and_stores_session_data_verbatim()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();

        var node = await CreateSessionAsync(client, fractal.RootId, new
        {
            name = "Upper Body Day 1", description = "", parent_ids = fractal.ShortTermGoalIds, duration_minutes = 65, session_data = LogPageData,
        });

        var attributes = node["attributes"]!.AsObject();
        Assert.Matches(UuidPattern(), (string?)node["id"]);
        Assert.Equal("Upper Body Day 1", (string?)node["name"]);
        Assert.Equal("PracticeSession", (string?)attributes["type"]);
        Assert.Equal(65, (int?)attributes["duration_minutes"]);
        Assert.Null(attributes["session_start"]);
        Assert.False((bool)attributes["completed"]!);
        Assert.Matches(NaiveDateTime(), (string?)attributes["created_at"]);
        Assert.Equal(fractal.ShortTermGoalIds, Strings(attributes["parent_ids"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(LogPageData), attributes["session_data"]));
        Assert.Empty(node["children"]!.AsArray());
        var stored = await RawGoalAsync(factory, (string)node["id"]!);
        Assert.Equal(LogPageData, stored!.Attributes);
        Assert.Equal(LogPageData, stored.SessionData);
        Assert.Equal(fractal.ShortTermGoalIds[0], stored.ParentId?.Value);
    }

    [Fact]
    public async Task Create_with_session_data_as_an_object_stores_it_serialised()
    {
        var fractal = await FractalAsync(factory);
        var node = await CreateSessionAsync(factory.CreateClient(), fractal.RootId,
            new { session_data = new { sections = Array.Empty<object>(), note = "é", count = "15" } });

        Assert.Equal("15", (string?)node["attributes"]!["session_data"]!["count"]);
        var stored = await RawGoalAsync(factory, (string)node["id"]!);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"sections\":[],\"note\":\"é\",\"count\":\"15\"}"), JsonNode.Parse(stored!.Attributes!)));
    }

    [Fact]
    public async Task Create_with_defaults_names_the_session_Untitled_Session_and_omits_session_data()
    {
        var fractal = await FractalAsync(factory);
        var node = await CreateSessionAsync(factory.CreateClient(), fractal.RootId, new { });

        Assert.Equal("Untitled Session", (string?)node["name"]);
        Assert.Equal("", (string?)node["attributes"]!["description"]);
        Assert.Null(node["attributes"]!["duration_minutes"]);
        Assert.False(node["attributes"]!.AsObject().ContainsKey("session_data"));
        Assert.Empty(node["attributes"]!["parent_ids"]!.AsArray());
    }

    [Fact]
    public async Task Parents_keep_only_live_short_term_goals_of_this_fractal_and_the_first_valid_one_is_the_primary_parent()
    {
        var fractal = await FractalAsync(factory, shortTermGoals: 3);
        var other = await FractalAsync(factory);
        await DeleteGoalAsync(factory, fractal.RootId, fractal.ShortTermGoalIds[2]);
        var (a, b) = (fractal.ShortTermGoalIds[0], fractal.ShortTermGoalIds[1]);

        var node = await CreateSessionAsync(factory.CreateClient(), fractal.RootId, new
        {
            parent_ids = new[] { "nope", other.ShortTermGoalIds[0], fractal.MidTermGoalId, fractal.ShortTermGoalIds[2], b, a, b },
        });

        Assert.Equal([b, a], Strings(node["attributes"]!["parent_ids"]));
        Assert.Equal(b, (await RawGoalAsync(factory, (string)node["id"]!))!.ParentId?.Value);
    }

    // ADR 0050: a single parent_id beside parent_ids is their first element, under the same rules.
    [Fact]
    public async Task A_parent_id_alone_links_the_session_to_that_short_term_goal()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();

        var node = await CreateSessionAsync(client, fractal.RootId, new { name = "One parent", parent_id = fractal.ShortTermGoalIds[1] });

        Assert.Equal([fractal.ShortTermGoalIds[1]], Strings(node["attributes"]!["parent_ids"]));
        Assert.Equal(fractal.ShortTermGoalIds[1], (await RawGoalAsync(factory, (string)node["id"]!))!.ParentId?.Value);
        var listed = Find(await SessionsAsync(client, fractal.RootId), (string)node["id"]!)!;
        Assert.Equal([fractal.ShortTermGoalIds[1]], Strings(listed["attributes"]!["parent_ids"]));
    }

    [Fact]
    public async Task A_parent_id_comes_first_among_parent_ids_and_is_linked_once()
    {
        var fractal = await FractalAsync(factory, shortTermGoals: 3);
        var (a, b) = (fractal.ShortTermGoalIds[0], fractal.ShortTermGoalIds[1]);

        var node = await CreateSessionAsync(factory.CreateClient(), fractal.RootId, new { parent_id = b, parent_ids = new[] { a, b } });

        Assert.Equal([b, a], Strings(node["attributes"]!["parent_ids"]));
        Assert.Equal(b, (await RawGoalAsync(factory, (string)node["id"]!))!.ParentId?.Value);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("MID")]
    [InlineData("FOREIGN")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_parent_id_that_is_no_short_term_goal_of_this_fractal_is_ignored_like_one_of_parent_ids(string? parentId)
    {
        var fractal = await FractalAsync(factory);
        var other = await FractalAsync(factory);
        var sent = parentId switch { "MID" => fractal.MidTermGoalId, "FOREIGN" => other.ShortTermGoalIds[0], _ => parentId };

        var node = await CreateSessionAsync(factory.CreateClient(), fractal.RootId, new { parent_id = sent, parent_ids = new[] { fractal.ShortTermGoalIds[1] } });

        Assert.Equal([fractal.ShortTermGoalIds[1]], Strings(node["attributes"]!["parent_ids"]));
        Assert.Equal(fractal.ShortTermGoalIds[1], (await RawGoalAsync(factory, (string)node["id"]!))!.ParentId?.Value);
    }

    [Theory]
    [InlineData("{\"parent_id\": 5}")]
    [InlineData("{\"parent_id\": [\"STG\"]}")]
    [InlineData("{\"parent_id\": {\"id\": \"STG\"}}")]
    public async Task A_parent_id_that_is_not_a_string_answers_400_and_creates_nothing(string body)
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        var before = await TableFingerprint.OfAsync(factory);

        var response = await PostRawAsync(client, $"/api/{fractal.RootId}/sessions", body.Replace("STG", fractal.ShortTermGoalIds[0], StringComparison.Ordinal));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Invalid JSON body");
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    [Fact]
    public async Task Without_a_valid_parent_the_session_is_parentless_and_still_listed()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        var node = await CreateSessionAsync(client, fractal.RootId, new { name = "Free play", parent_ids = new[] { fractal.MidTermGoalId } });

        Assert.Null((await RawGoalAsync(factory, (string)node["id"]!))!.ParentId);
        Assert.NotNull(Find(await SessionsAsync(client, fractal.RootId), (string)node["id"]!));
    }

    [Fact]
    public async Task Immediate_goals_are_created_under_the_session_and_blank_names_are_skipped()
    {
        var fractal = await FractalAsync(factory);
        var node = await CreateSessionAsync(factory.CreateClient(), fractal.RootId, new
        {
            name = "Auto-Generated", parent_ids = fractal.ShortTermGoalIds,
            immediate_goals = new object[] { new { name = "5 x 8 s tuck holds", description = "slow" }, new { name = "  " }, new { description = "no name" } },
        });

        var child = Assert.Single(node["children"]!.AsArray())!;
        Assert.Equal("5 x 8 s tuck holds", (string?)child["name"]);
        Assert.Equal("ImmediateGoal", (string?)child["attributes"]!["type"]);
        Assert.Equal("slow", (string?)child["attributes"]!["description"]);
        Assert.Equal(fractal.RootId, (await RawGoalAsync(factory, (string)child["id"]!))!.RootId.Value);
    }

    [Fact]
    public async Task Session_times_are_accepted_as_ISO_8601_and_offsets_become_server_local()
    {
        var fractal = await FractalAsync(factory);
        var node = await CreateSessionAsync(factory.CreateClient(), fractal.RootId,
            new { session_start = "2026-01-02T10:00:00", session_end = "2026-01-02T11:30:00.250Z" });

        var expectedEnd = TimeZoneInfo.ConvertTime(new DateTimeOffset(2026, 1, 2, 11, 30, 0, 250, TimeSpan.Zero), TimeZoneInfo.Local).DateTime;
        Assert.Equal("2026-01-02T10:00:00", (string?)node["attributes"]!["session_start"]);
        Assert.Equal(expectedEnd.ToString("yyyy-MM-dd'T'HH:mm:ss'.'ffffff", CultureInfo.InvariantCulture), (string?)node["attributes"]!["session_end"]);
    }

    [Theory]
    [InlineData("{\"session_start\": \"yesterday\"}", "Invalid session_start format. Use ISO 8601")]
    [InlineData("{\"session_end\": \"2026-13-01\"}", "Invalid session_end format. Use ISO 8601")]
    [InlineData("{\"session_data\": \"{not json\"}", "session_data is not valid JSON")]
    [InlineData("{\"duration_minutes\": -5}", "Duration cannot be negative")]
    [InlineData("{\"name\": \"\"}", "Goal name is required")]
    public async Task Create_with_an_invalid_value_answers_400_and_creates_nothing(string body, string error)
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();

        var response = await PostRawAsync(client, $"/api/{fractal.RootId}/sessions", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, error);
        Assert.Empty(await SessionsAsync(client, fractal.RootId));
    }

    [Theory]
    [InlineData("{\"duration_minutes\": true}")]
    [InlineData("{\"parent_ids\": \"abc\"}")]
    [InlineData("{\"name\": 42}")]
    [InlineData("{\"name\": ")]
    [InlineData("[1, 2]")]
    public async Task Create_with_malformed_json_or_wrong_types_answers_400(string body)
    {
        var fractal = await FractalAsync(factory);

        var response = await PostRawAsync(factory.CreateClient(), $"/api/{fractal.RootId}/sessions", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Create_with_a_huge_name_answers_400()
    {
        var fractal = await FractalAsync(factory);
        var response = await factory.CreateClient().PostAsJsonAsync($"/api/{fractal.RootId}/sessions", new { name = new string('x', 100_000) }, Ct);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Every_route_answers_404_Fractal_not_found_for_an_unknown_non_uuid_or_non_root_id()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        var session = await CreateSessionAsync(client, fractal.RootId, new { });
        var sessionId = (string)session["id"]!;

        foreach (var root in new[] { "1767200643898", Guid.NewGuid().ToString(), fractal.ShortTermGoalIds[0], sessionId, "%20x" })
        {
            await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/sessions", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Fractal not found");
            await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/{root}/sessions", new { }, Ct), HttpStatusCode.NotFound, "Fractal not found");
            await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/{root}/sessions/{sessionId}", new { name = "x" }, Ct), HttpStatusCode.NotFound, "Fractal not found");
            await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri($"/api/{root}/sessions/{sessionId}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Fractal not found");
            await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/{root}/sessions/{sessionId}/restore", new { }, Ct), HttpStatusCode.NotFound, "Fractal not found");
        }
    }

    [Fact]
    public async Task List_holds_every_session_of_the_fractal_newest_first_and_no_other_fractals_sessions()
    {
        var fractal = await FractalAsync(factory);
        var other = await FractalAsync(factory);
        var client = factory.CreateClient();
        var first = await CreateSessionAsync(client, fractal.RootId, new { name = "first", parent_ids = fractal.ShortTermGoalIds });
        var second = await CreateSessionAsync(client, fractal.RootId, new { name = "second (parentless)" });
        var third = await CreateSessionAsync(client, fractal.RootId, new { name = "third", parent_ids = fractal.ShortTermGoalIds });
        await CreateSessionAsync(client, other.RootId, new { name = "elsewhere" });

        var list = await SessionsAsync(client, fractal.RootId);

        Assert.Equal([(string?)third["id"], (string?)second["id"], (string?)first["id"]], list.Select(n => (string?)n!["id"]));
    }

    [Fact]
    public async Task List_hydrates_sections_with_activity_ids_from_the_sessions_instances()
    {
        var fractal = await FractalAsync(factory);
        var activity = await ActivityAsync(factory, fractal.RootId, "Pinky control");
        var client = factory.CreateClient();
        var sessionId = (string)(await CreateSessionAsync(client, fractal.RootId, new { parent_ids = fractal.ShortTermGoalIds }))["id"]!;
        var instance = await AddInstanceAsync(client, fractal.RootId, sessionId, new { activity_definition_id = activity.Id, instance_id = "1767200643898" });
        var data = "{\"sections\":[{\"name\":\"Warm Up\",\"activity_ids\":[\"missing\",\"1767200643898\"],\"exercises\":[\"stale\"]},{\"name\":\"Legacy\",\"exercises\":[{\"name\":\"inline\"}]}],\"session_end\":\"2026-01-01T20:56:44.541Z\"}";
        (await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{sessionId}", new { session_data = data }, Ct)).EnsureSuccessStatusCode();

        var sessionData = Find(await SessionsAsync(client, fractal.RootId), sessionId)!["attributes"]!["session_data"]!;

        var exercise = Assert.Single(sessionData["sections"]![0]!["exercises"]!.AsArray())!;
        Assert.Equal("1767200643898", (string?)exercise["id"]);
        Assert.Equal("1767200643898", (string?)exercise["instance_id"]);
        Assert.Equal("activity", (string?)exercise["type"]);
        Assert.Equal("Pinky control", (string?)exercise["name"]);
        Assert.Equal(activity.Id, (string?)exercise["activity_id"]);
        Assert.False((bool)exercise["has_sets"]!);
        Assert.Equal("inline", (string?)sessionData["sections"]![1]!["exercises"]![0]!["name"]);
        Assert.Equal("2026-01-01T20:56:44.541Z", (string?)sessionData["session_end"]);
        Assert.Equal((string?)instance["created_at"], (string?)exercise["created_at"]);
    }

    [Fact]
    public async Task Update_stores_session_data_verbatim_and_bumps_updated_at_while_absent_fields_stay()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        var created = await CreateSessionAsync(client, fractal.RootId, new { name = "Keep", description = "me", duration_minutes = 30 });
        var id = (string)created["id"]!;
        await Task.Delay(5, Ct);   // a later clock reading, so a bump is visible

        var response = await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{id}", new { session_data = LogPageData }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var node = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal("Keep", (string?)node["name"]);
        Assert.Equal("me", (string?)node["attributes"]!["description"]);
        Assert.Equal(30, (int?)node["attributes"]!["duration_minutes"]);
        Assert.NotEqual((string?)created["attributes"]!["updated_at"], (string?)node["attributes"]!["updated_at"]);
        Assert.Equal(LogPageData, (await RawGoalAsync(factory, id))!.Attributes);
    }

    [Fact]
    public async Task Update_applies_every_present_field_and_null_clears()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        var id = (string)(await CreateSessionAsync(client, fractal.RootId, new { duration_minutes = 30, template_id = "t1", session_start = "2026-01-02T10:00:00" }))["id"]!;

        var response = await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{id}", new
        {
            name = "Renamed", description = (string?)null, duration_minutes = (int?)null, total_duration_seconds = 3600,
            template_id = (string?)null, completed = true, session_start = (string?)null, session_end = "2026-01-02T11:00:00",
            session_data = (string?)null, deadline = "2026-02-01",
        }, Ct);

        var attributes = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["attributes"]!;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", (string?)attributes["description"]);
        Assert.Null(attributes["duration_minutes"]);
        Assert.Equal(3600, (int?)attributes["total_duration_seconds"]);
        Assert.Null(attributes["template_id"]);
        Assert.True((bool)attributes["completed"]!);
        Assert.Null(attributes["session_start"]);
        Assert.Equal("2026-01-02T11:00:00", (string?)attributes["session_end"]);
        Assert.Null(attributes["deadline"]);
        Assert.True(attributes.AsObject().ContainsKey("session_data"));   // stored as the text null (Q-37)
        Assert.Null(attributes["session_data"]);
    }

    [Fact]
    public async Task Update_with_session_data_as_an_object_stores_it_serialised()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        var id = (string)(await CreateSessionAsync(client, fractal.RootId, new { }))["id"]!;

        var response = await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{id}", new { session_data = new { sections = new[] { new { name = "Échauffement" } }, reps = "15" } }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"sections\":[{\"name\":\"Échauffement\"}],\"reps\":\"15\"}", (await RawGoalAsync(factory, id))!.Attributes);
    }

    [Fact]
    public async Task Update_that_changes_nothing_keeps_updated_at()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        var created = await CreateSessionAsync(client, fractal.RootId, new { name = "Same" });
        await Task.Delay(5, Ct);

        var response = await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{(string)created["id"]!}", new { name = "Same" }, Ct);

        var node = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal((string?)created["attributes"]!["updated_at"], (string?)node["attributes"]!["updated_at"]);
    }

    [Theory]
    [InlineData("{\"name\": 5}", "name must be a string")]
    [InlineData("{\"completed\": \"yes\"}", "completed must be a boolean")]
    [InlineData("{\"completed\": null}", "completed must be a boolean")]
    [InlineData("{\"duration_minutes\": 1.5}", "duration_minutes must be an integer")]
    [InlineData("{\"session_start\": \"soon\"}", "Invalid session_start format. Use ISO 8601")]
    [InlineData("{\"session_data\": \"\"}", "session_data must be a JSON value")]
    [InlineData("{\"name\": null}", "Goal name is required")]
    public async Task Update_with_an_invalid_field_answers_400_and_changes_nothing(string body, string error)
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        var id = (string)(await CreateSessionAsync(client, fractal.RootId, new { name = "Before" }))["id"]!;

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await client.PutAsync(new Uri($"/api/{fractal.RootId}/sessions/{id}", UriKind.Relative), content, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, error);
        Assert.Equal("Before", (string?)Find(await SessionsAsync(client, fractal.RootId), id)!["name"]);
    }

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("[1]")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    public async Task Update_with_malformed_json_or_a_body_that_is_not_an_object_answers_400(string body)
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        var id = (string)(await CreateSessionAsync(client, fractal.RootId, new { name = "Before" }))["id"]!;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await client.PutAsync(new Uri($"/api/{fractal.RootId}/sessions/{id}", UriKind.Relative), content, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Before", (string?)Find(await SessionsAsync(client, fractal.RootId), id)!["name"]);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_session_routes()
    {
        var paths = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", Ct))!["paths"]!.AsObject();

        Assert.Contains("/api/{root_id}/sessions/{session_id}/restore", paths.Select(p => p.Key));
        Assert.Contains("/api/goals/practice-session", paths.Select(p => p.Key));
    }

    [Fact]
    public async Task A_session_of_another_fractal_or_a_goal_is_not_found_and_is_left_unchanged()
    {
        var fractal = await FractalAsync(factory);
        var other = await FractalAsync(factory);
        var client = factory.CreateClient();
        var foreignId = (string)(await CreateSessionAsync(client, other.RootId, new { name = "Theirs" }))["id"]!;

        foreach (var id in new[] { foreignId, fractal.ShortTermGoalIds[0], "1767200643898" })
        {
            await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{id}", new { name = "Mine" }, Ct),
                HttpStatusCode.NotFound, "Practice session not found");
            await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{id}", UriKind.Relative), Ct),
                HttpStatusCode.NotFound, "Practice session not found");
            await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/api/{fractal.RootId}/sessions/{id}/restore", new { }, Ct),
                HttpStatusCode.NotFound, "Practice session not found");
        }

        var theirs = Find(await SessionsAsync(client, other.RootId), foreignId)!;
        Assert.Equal("Theirs", (string?)theirs["name"]);
        Assert.False((await RawGoalAsync(factory, fractal.ShortTermGoalIds[0]))!.IsDeleted);
    }

    [Fact]
    public async Task Delete_hides_the_session_its_immediate_goals_and_instances_and_a_second_delete_is_404()
    {
        var fractal = await FractalAsync(factory);
        var activity = await ActivityAsync(factory, fractal.RootId);
        var client = factory.CreateClient();
        var session = await CreateSessionAsync(client, fractal.RootId, new { parent_ids = fractal.ShortTermGoalIds, immediate_goals = new[] { new { name = "Tuck" } } });
        var id = (string)session["id"]!;
        var instance = await AddInstanceAsync(client, fractal.RootId, id, new { activity_definition_id = activity.Id });

        var response = await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{id}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Practice session deleted successfully", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["message"]);
        Assert.Null(Find(await SessionsAsync(client, fractal.RootId), id));
        Assert.Empty(await client.GetFromJsonAsync<JsonArray>("/api/practice-sessions", Ct) is { } all ? all.Where(n => (string?)n!["id"] == id) : []);
        var stamp = (await RawGoalAsync(factory, id))!.DeletedAt;
        Assert.NotNull(stamp);
        Assert.Equal(stamp, (await RawGoalAsync(factory, (string)session["children"]![0]!["id"]!))!.DeletedAt);
        Assert.Equal(stamp, (await RawInstanceAsync(factory, (string)instance["id"]!))!.DeletedAt);
        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{fractal.RootId}/sessions/{id}/activities", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Practice session not found");
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{id}", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Practice session not found");
        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{id}", new { name = "x" }, Ct),
            HttpStatusCode.NotFound, "Practice session not found");
    }

    [Fact]
    public async Task Restore_undoes_exactly_the_session_delete_and_an_instance_deleted_before_stays_deleted()
    {
        var fractal = await FractalAsync(factory);
        var activity = await ActivityAsync(factory, fractal.RootId);
        var client = factory.CreateClient();
        var session = await CreateSessionAsync(client, fractal.RootId, new { parent_ids = fractal.ShortTermGoalIds, immediate_goals = new[] { new { name = "Tuck" } } });
        var id = (string)session["id"]!;
        var kept = await AddInstanceAsync(client, fractal.RootId, id, new { activity_definition_id = activity.Id, instance_id = "kept" });
        await AddInstanceAsync(client, fractal.RootId, id, new { activity_definition_id = activity.Id, instance_id = "removed-before" });
        (await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{id}/activities/removed-before", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        (await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{id}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/sessions/{id}/restore", new { }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var node = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(id, (string?)node["id"]);
        Assert.Equal("Tuck", (string?)Assert.Single(node["children"]!.AsArray())!["name"]);
        Assert.Equal(fractal.ShortTermGoalIds, Strings(node["attributes"]!["parent_ids"]));
        Assert.NotNull(Find(await SessionsAsync(client, fractal.RootId), id));
        var instances = (await client.GetFromJsonAsync<JsonArray>($"/api/{fractal.RootId}/sessions/{id}/activities", Ct))!;
        Assert.Equal([(string?)kept["id"]], instances.Select(i => (string?)i!["id"]));
    }

    [Fact]
    public async Task Restore_of_a_live_session_answers_409_as_a_goals_does()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        var id = (string)(await CreateSessionAsync(client, fractal.RootId, new { }))["id"]!;

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/sessions/{id}/restore", new { }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "Practice session is not deleted");
    }

    [Fact]
    public async Task Restore_under_a_deleted_short_term_goal_answers_400_until_the_goal_is_back()
    {
        var fractal = await FractalAsync(factory);
        var client = factory.CreateClient();
        var id = (string)(await CreateSessionAsync(client, fractal.RootId, new { parent_ids = fractal.ShortTermGoalIds }))["id"]!;
        (await client.DeleteAsync(new Uri($"/api/{fractal.RootId}/sessions/{id}", UriKind.Relative), Ct)).EnsureSuccessStatusCode();
        await DeleteGoalAsync(factory, fractal.RootId, fractal.ShortTermGoalIds[0]);

        var response = await client.PostAsJsonAsync($"/api/{fractal.RootId}/sessions/{id}/restore", new { }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Restore the parent goal first");
        Assert.True((await RawGoalAsync(factory, id))!.IsDeleted);
    }

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string url, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$")]
    private static partial Regex NaiveDateTime();
}
