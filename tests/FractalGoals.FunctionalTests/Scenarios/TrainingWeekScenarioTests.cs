using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FractalGoals.FunctionalTests.Goals;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;
using static FractalGoals.FunctionalTests.Programs.ProgramApi;

namespace FractalGoals.FunctionalTests.Scenarios;

/// <summary>
/// One user's week, end to end through the client's own calls: a program built from templates, a session run from
/// it with timers, metric values on a split activity, a metric retired later — and the history still reads right.
/// </summary>
public sealed class TrainingWeekScenarioTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_session_run_from_a_program_keeps_its_history_after_a_metric_is_retired()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var root = chain.Root;

        // An activity with two metrics and left/right splits, and a template that uses it.
        var activity = await CreateAsync(client, $"/api/{root}/activities", """
            {"name": "Single Leg Squat", "description": "", "has_metrics": true, "has_splits": true, "has_sets": false,
             "metrics": [{"name": "Load", "unit": "kg"}, {"name": "Reps", "unit": "count"}],
             "splits": [{"name": "Left"}, {"name": "Right"}]}
            """);
        var activityId = (string)activity["id"]!;
        var (load, reps) = ((string)activity["metric_definitions"]![0]!["id"]!, (string)activity["metric_definitions"]![1]!["id"]!);
        var (left, right) = ((string)activity["split_definitions"]![0]!["id"]!, (string)activity["split_definitions"]![1]!["id"]!);
        var template = await CreateAsync(client, $"/api/{root}/session-templates", $$$"""
            {"name": "Leg Day", "description": "Legs",
             "template_data": {"sections": [{"name": "Main", "duration_minutes": 30,
               "activities": [{"activity_id": "{{{activityId}}}", "name": "Single Leg Squat"}]}], "total_duration_minutes": 30}}
            """);
        var templateId = (string)template["id"]!;

        // A program whose Mondays and Thursdays hold the template.
        var blockId = NewBlockId();
        var program = await CreateProgramAsync(client, root, ProgramBody("Spring Legs", "2026-03-02", "2026-03-15", [chain.ShortTerm],
            Block(blockId, "Week 1", "2026-03-02", "2026-03-08", ("monday", [templateId]), ("thursday", [templateId]))));
        var days = DaysOf(BlockOf(program, blockId));
        Assert.Equal(["2026-03-02", "2026-03-05"], days.Select(d => (string?)d["date"]));
        var scheduled = days[0]["sessions"]![0]!.AsObject();
        Assert.Equal(("Leg Day", false), ((string?)scheduled["template_name"], (bool)scheduled["is_completed"]!));

        // The log page starts a session from the scheduled template, as the client does.
        var fromTemplate = await client.GetObjectAsync($"/api/{root}/session-templates/{scheduled["session_template_id"]}");
        var sessionResponse = await client.PostAsJsonAsync($"/api/{root}/sessions", new
        {
            name = (string)fromTemplate["name"]!, description = (string)fromTemplate["description"]!, parent_ids = new[] { chain.ShortTerm },
            duration_minutes = 30,
            session_data = new JsonObject { ["template_id"] = templateId, ["template_name"] = "Leg Day", ["sections"] = fromTemplate["template_data"]!["sections"]!.DeepClone(), ["total_duration_minutes"] = 30 }.ToJsonString(),
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, sessionResponse.StatusCode);
        var sessionId = (string)(await sessionResponse.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;

        // The session page creates the instance by starting its timer, then stops it.
        var instanceId = Guid.NewGuid().ToString();
        var started = await ReadObjectAsync(await PostAsync(client, $"/api/{root}/activity-instances/{instanceId}/start",
            $$"""{"practice_session_id": "{{sessionId}}", "activity_definition_id": "{{activityId}}"}"""));
        var stopped = await ReadObjectAsync(await PostAsync(client, $"/api/{root}/activity-instances/{instanceId}/stop", "{}"));
        Assert.Null((string?)started["time_stop"]);
        var (start, stop) = (Time(stopped["time_start"]), Time(stopped["time_stop"]));
        Assert.Equal(Time(started["time_start"]), start);
        Assert.True(stop >= start);
        Assert.Equal((int)(stop - start).TotalSeconds, (int)stopped["duration_seconds"]!);

        // Values per side, and the auto-save that lists the instance in its section.
        var metricsResponse = await client.PutAsJsonAsync($"/api/{root}/sessions/{sessionId}/activities/{instanceId}/metrics", new
        {
            metrics = new object[]
            {
                new { metric_id = load, split_id = left, value = "20" }, new { metric_id = load, split_id = right, value = 22.5 },
                new { metric_id = reps, split_id = left, value = 8 }, new { metric_id = reps, split_id = right, value = 7 },
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, metricsResponse.StatusCode);
        var autoSave = await client.PutAsJsonAsync($"/api/{root}/sessions/{sessionId}", new
        {
            session_data = new JsonObject { ["sections"] = new JsonArray(new JsonObject { ["name"] = "Main", ["activity_ids"] = new JsonArray(instanceId) }), ["template_name"] = "Leg Day" },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, autoSave.StatusCode);

        // Later the user drops the Load metric from the activity: it has values, so it is retired, not removed.
        var edited = await ReadObjectAsync(await PutAsync(client, $"/api/{root}/activities/{activityId}",
            $$"""{"metrics": [{"id": "{{reps}}", "name": "Reps", "unit": "count"}]}"""));
        Assert.Equal([reps], Strings(edited["metric_definitions"]!.AsArray(), "id"));

        // History: the instance list and the session list both still show Load in kg per side.
        var instance = Assert.Single(await GetArrayAsync(client, $"/api/{root}/sessions/{sessionId}/activities"))!.AsObject();
        AssertHistory(instance["metric_values"]!.AsArray(), load, reps, left, right);
        var session = (await GetArrayAsync(client, $"/api/{root}/sessions")).Single(s => (string?)s!["id"] == sessionId)!;
        var exercise = Assert.Single(session["attributes"]!["session_data"]!["sections"]![0]!["exercises"]!.AsArray())!;
        Assert.Equal((instanceId, instanceId, "Single Leg Squat"), ((string?)exercise["id"], (string?)exercise["instance_id"], (string?)exercise["name"]));
        AssertHistory(exercise["metric_values"]!.AsArray(), load, reps, left, right);
        Assert.Equal((int)stopped["duration_seconds"]!, (int)exercise["duration_seconds"]!);

        // And the program still schedules the template.
        Assert.Equal("Leg Day", (string?)DaysOf(BlockOf(await GetProgramAsync(client, root, (string)program["id"]!), blockId))[1]["sessions"]![0]!["template_name"]);
    }

    private static void AssertHistory(JsonArray values, string load, string reps, string left, string right)
    {
        var rows = values.Select(v => (
                Metric: (string)v!["metric_id"]!, Name: (string)v["name"]!, Unit: (string)v["unit"]!,
                Split: (string?)v["split_id"], Side: (string?)v["split_name"], Value: (double)v["value"]!))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Side, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [(load, "Load", "kg", left, "Left", 20.0), (load, "Load", "kg", right, "Right", 22.5),
             (reps, "Reps", "count", left, "Left", 8.0), (reps, "Reps", "count", right, "Right", 7.0)],
            rows);
    }

    private static DateTime Time(JsonNode? node) => DateTime.Parse((string)node!, CultureInfo.InvariantCulture);
}
