using System.Text;
using System.Text.Json.Nodes;

namespace FractalGoals.FunctionalTests.Contract;

/// <summary>One answered request of the journey: its route (ids erased), status and body.</summary>
internal sealed record JourneyStep(string Route, int Status, JsonNode? Body);

/// <summary>
/// The requests the existing React client makes, in the order a user's first weeks make them, with the client's own
/// payloads (api-contract §4): every "UI" and "api.js" endpoint at least once. The clock is fixed and moves a fixed
/// step per request, so every timestamp and timer duration is the same on every run and provider.
/// </summary>
internal sealed class ClientJourney(HttpClient client, JourneyClock clock)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public List<JourneyStep> Steps { get; } = [];

    public async Task RunAsync()
    {
        await Send("GET", "/api/fractals");
        var root = Id(await Send("POST", "/api/fractals", """{"name": "Become a Great Guitar Player", "description": "", "deadline": null, "type": "UltimateGoal", "parent_id": null}"""));
        await Send("GET", "/api/fractals");
        var longTerm = Id(await Send("POST", $"/api/{root}/goals", Goal("Play in a band", "LongTermGoal", root, null)));
        var midTerm = Id(await Send("POST", $"/api/{root}/goals", Goal("Learn the CAGED system", "MidTermGoal", longTerm, "2026-03-01")));
        var shortTerm = Id(await Send("POST", $"/api/{root}/goals", Goal("Finish CAGED Grade 5", "ShortTermGoal", midTerm, "2026-01-17")));
        var second = Id(await Send("POST", $"/api/{root}/goals", Goal("Alternate picking at 120", "ShortTermGoal", midTerm, null)));

        // Activities: groups, a metric activity with splits, a set-based one.
        var group = Id(await Send("POST", $"/api/{root}/activity-groups", """{"name": "Technique", "description": "Hands"}"""));
        var other = Id(await Send("POST", $"/api/{root}/activity-groups", """{"name": "Repertoire", "description": ""}"""));
        await Send("PUT", $"/api/{root}/activity-groups/reorder", $$"""{"group_ids": ["{{other}}", "{{group}}"]}""");
        await Send("PUT", $"/api/{root}/activity-groups/{group}", """{"name": "Technique (edited)", "description": "Both hands"}""");
        await Send("GET", $"/api/{root}/activity-groups");
        var scales = await Send("POST", $"/api/{root}/activities", $$"""
            {"name": "Scales", "description": "Major scales", "metrics": [{"name": "Speed", "unit": "bpm", "is_top_set_metric": false, "is_multiplicative": false},
             {"name": "Accuracy", "unit": "%", "is_top_set_metric": false, "is_multiplicative": false}],
             "splits": [{"name": "Left"}, {"name": "Right"}], "has_sets": false, "has_metrics": true, "metrics_multiplicative": false, "has_splits": true, "group_id": "{{group}}"}
            """);
        var scalesId = Id(scales);
        var (speed, accuracy) = (Id(scales!["metric_definitions"]![0]), Id(scales["metric_definitions"]![1]));
        var (left, right) = (Id(scales["split_definitions"]![0]), Id(scales["split_definitions"]![1]));
        var chords = await Send("POST", $"/api/{root}/activities", """
            {"name": "Chord changes", "description": "", "metrics": [{"name": "Changes", "unit": "count", "is_top_set_metric": true, "is_multiplicative": true}],
             "splits": [], "has_sets": true, "has_metrics": true, "metrics_multiplicative": false, "has_splits": false, "group_id": null}
            """);
        var chordsId = Id(chords);
        var changes = Id(chords!["metric_definitions"]![0]);
        await Send("PUT", $"/api/{root}/activities/{chordsId}", $$"""
            {"name": "Chord changes", "description": "One minute changes", "metrics": [{"id": "{{changes}}", "name": "Changes", "unit": "count", "is_top_set_metric": true, "is_multiplicative": true}],
             "splits": [], "has_sets": true, "has_metrics": true, "metrics_multiplicative": false, "has_splits": false, "group_id": "{{other}}"}
            """);
        await Send("GET", $"/api/{root}/activities");

        // The goal inspector: a target, completion toggled twice, the tree and one goal.
        await Send("PUT", $"/api/{root}/goals/{shortTerm}", $$"""
            {"name": "Finish CAGED Grade 5 Lessons", "description": "", "deadline": "2026-01-17T00:00:00",
             "targets": [{"id": "0b0e5e0e-3a52-4c2b-9d55-3f7a7b0c9d11", "activity_id": "{{scalesId}}", "name": "Scales at 120", "description": "",
                          "metrics": [{"metric_id": "{{speed}}", "value": 120}]}]}
            """);
        await Send("PATCH", $"/api/{root}/goals/{second}/complete", """{"completed": true}""");
        await Send("PATCH", $"/api/{root}/goals/{second}/complete", """{"completed": false}""");

        // Templates.
        var template = Id(await Send("POST", $"/api/{root}/session-templates", $$"""
            {"name": "Daily Guitar", "description": "Warm up and scales", "template_data": {"sections": [
              {"name": "Warm Up", "duration_minutes": 10, "activities": [{"activity_id": "{{scalesId}}", "name": "Scales"}]},
              {"name": "Chords", "duration_minutes": 20, "activities": [{"activity_id": "{{chordsId}}", "name": "Chord changes"}]}], "total_duration_minutes": 30} }
            """));
        await Send("GET", $"/api/{root}/session-templates");
        await Send("GET", $"/api/{root}/session-templates/{template}");
        await Send("PUT", $"/api/{root}/session-templates/{template}", $$"""
            {"name": "Daily Guitar", "description": "Warm up, scales, chords", "template_data": {"sections": [
              {"name": "Warm Up", "duration_minutes": 15, "activities": [{"activity_id": "{{scalesId}}", "name": "Scales"}]},
              {"name": "Chords", "duration_minutes": 20, "activities": [{"activity_id": "{{chordsId}}", "name": "Chord changes"}]}], "total_duration_minutes": 35} }
            """);

        // The log page starts a session from the template; the session page creates the instances and runs them.
        const string legacyInstance = "11111111-2222-4333-8444-555555555555";
        var sessionData = new JsonObject
        {
            ["template_id"] = template, ["template_name"] = "Daily Guitar", ["total_duration_minutes"] = 35,
            ["sections"] = new JsonArray(
                new JsonObject { ["name"] = "Warm Up", ["duration_minutes"] = 15, ["exercises"] = new JsonArray(new JsonObject { ["type"] = "activity", ["name"] = "Scales", ["activity_id"] = scalesId, ["instance_id"] = legacyInstance, ["completed"] = false, ["notes"] = "" }) },
                new JsonObject { ["name"] = "Chords", ["duration_minutes"] = 20, ["exercises"] = new JsonArray() }),
        }.ToJsonString();
        var session = Id(await Send("POST", $"/api/{root}/sessions", new JsonObject
        {
            ["name"] = "Daily Guitar", ["description"] = "Warm up, scales, chords", ["parent_ids"] = new JsonArray(shortTerm, second), ["duration_minutes"] = 35, ["session_data"] = sessionData,
        }.ToJsonString()));
        await Send("POST", $"/api/{root}/sessions/{session}/activities", $$"""{"instance_id": "{{legacyInstance}}", "activity_definition_id": "{{scalesId}}"}""");
        await Send("POST", $"/api/{root}/sessions/{session}/activities", $$"""{"instance_id": "{{legacyInstance}}", "activity_definition_id": "{{scalesId}}"}""");
        var chordInstance = Id(await Send("POST", $"/api/{root}/sessions/{session}/activities", $$"""{"activity_definition_id": "{{chordsId}}"}"""));
        var timerBody = $$"""{"practice_session_id": "{{session}}", "activity_definition_id": "{{scalesId}}"}""";
        await Send("POST", $"/api/{root}/activity-instances/{legacyInstance}/start", timerBody);
        clock.Advance(TimeSpan.FromMinutes(12));
        await Send("POST", $"/api/{root}/activity-instances/{legacyInstance}/stop", timerBody);
        await Send("PUT", $"/api/{root}/sessions/{session}/activities/{legacyInstance}/metrics", $$"""
            {"metrics": [{"metric_id": "{{speed}}", "split_id": "{{left}}", "value": "100"}, {"metric_id": "{{speed}}", "split_id": "{{right}}", "value": 110},
             {"metric_id": "{{accuracy}}", "split_id": "{{left}}", "value": 92.5}, {"name": "Accuracy", "value": 90}]}
            """);
        await Send("PUT", $"/api/{root}/activity-instances/{legacyInstance}", $$"""{"practice_session_id": "{{session}}", "activity_definition_id": "{{scalesId}}", "notes": "Clean at 110"}""");
        await Send("PUT", $"/api/{root}/activity-instances/{legacyInstance}", $$"""{"practice_session_id": "{{session}}", "activity_definition_id": "{{scalesId}}", "completed": true}""");
        var chordTimer = $$"""{"practice_session_id": "{{session}}", "activity_definition_id": "{{chordsId}}"}""";
        await Send("PUT", $"/api/{root}/activity-instances/{chordInstance}", $$"""
            {"practice_session_id": "{{session}}", "activity_definition_id": "{{chordsId}}", "time_start": "2026-01-02T10:00:00", "time_stop": "2026-01-02T10:07:30.250Z", "duration_seconds": 450}
            """);
        await Send("PUT", $"/api/{root}/activity-instances/{chordInstance}", $$"""
            {"practice_session_id": "{{session}}", "activity_definition_id": "{{chordsId}}", "sets": [
              {"instance_id": "5cb66521-59f3-46b4-b746-5363ca92ad9d", "completed": false, "metrics": [{"metric_id": "{{changes}}", "value": "15"}]},
              {"instance_id": "6cb66521-59f3-46b4-b746-5363ca92ad9e", "completed": true, "metrics": [{"metric_id": "{{changes}}", "value": "18"}]}]}
            """);
        await Send("POST", $"/api/{root}/activity-instances/{chordInstance}/start", chordTimer);
        await Send("PUT", $"/api/{root}/activity-instances/{chordInstance}", $$"""{"practice_session_id": "{{session}}", "activity_definition_id": "{{chordsId}}", "time_start": null, "time_stop": null, "duration_seconds": null}""");
        await Send("GET", $"/api/{root}/sessions/{session}/activities");

        // The session page's auto-save lists the instances by id; then the session is completed.
        var saved = new JsonObject
        {
            ["template_id"] = template, ["template_name"] = "Daily Guitar", ["total_duration_minutes"] = 35, ["session_start"] = "2026-01-02T09:31:00.000Z",
            ["sections"] = new JsonArray(
                new JsonObject { ["name"] = "Warm Up", ["activity_ids"] = new JsonArray(legacyInstance) },
                new JsonObject { ["name"] = "Chords", ["activity_ids"] = new JsonArray(chordInstance, "00000000-0000-4000-8000-000000000000") }),
        }.ToJsonString();
        await Send("PUT", $"/api/{root}/sessions/{session}", new JsonObject { ["session_data"] = saved }.ToJsonString());
        await Send("PUT", $"/api/{root}/sessions/{session}", """{"name": "Daily Guitar (Monday)", "description": "Good one", "deadline": null}""");
        await Send("PATCH", $"/api/{root}/goals/{session}/complete", """{"completed": true}""");
        var modal = Id(await Send("POST", $"/api/{root}/sessions", $$"""
            {"name": "Auto-Generated", "description": "Practice session with 1 immediate goal(s)", "parent_ids": ["{{second}}"],
             "immediate_goals": [{"name": "Alternate picking 5 min", "description": ""}]}
            """));
        await Send("GET", $"/api/{root}/sessions");
        await Send("GET", $"/api/{root}/goals");
        await Send("GET", $"/api/{root}/goals/{shortTerm}");
        await Send("GET", $"/api/{root}/goals/{root}");

        // Programs: built from the template, edited, its days added, changed, copied and removed, a goal attached.
        const string block = "1767300000000";
        var program = Id(await Send("POST", $"/api/{root}/programs", $$"""
            {"name": "Winter Block", "description": "", "start_date": "2026-02-01", "end_date": "2026-02-28", "selectedGoals": ["{{shortTerm}}"],
             "weeklySchedule": [{"id": "{{block}}", "name": "Block A", "startDate": "2026-02-02", "endDate": "2026-02-08", "color": "#3A86FF",
               "weeklySchedule": {"monday": ["{{template}}"], "thursday": ["{{template}}"], "daily": []} }]}
            """));
        await Send("GET", $"/api/{root}/programs");
        await Send("PUT", $"/api/{root}/programs/{program}", $$"""
            {"name": "Winter Block", "description": "Technique first", "start_date": "2026-02-01T00:00:00", "end_date": "2026-02-28T00:00:00", "selectedGoals": ["{{shortTerm}}", "{{second}}"],
             "weeklySchedule": [{"id": "{{block}}", "name": "Block A", "startDate": "2026-02-02", "endDate": "2026-02-08", "color": "#3A86FF",
               "weeklySchedule": {"monday": ["{{template}}"], "daily": []} },
              {"id": "1767300000001", "name": "Block B", "startDate": "2026-02-09", "endDate": "2026-02-15", "color": "#FF006E", "weeklySchedule": {"daily": []} }]}
            """);
        await Send("POST", $"/api/{root}/programs/{program}/blocks/{block}/days", $$"""{"name": "Heavy", "template_ids": ["{{template}}"], "day_of_week": "Friday", "cascade": false}""");
        var programBody = await Send("GET", $"/api/{root}/programs/{program}");
        var day = Id(programBody!["blocks"]![0]!["days"]![0]);
        await Send("PUT", $"/api/{root}/programs/{program}/blocks/{block}/days/{day}", $$"""{"name": "Monday heavy", "template_ids": ["{{template}}"], "day_of_week": "Monday", "cascade": false}""");
        await Send("POST", $"/api/{root}/programs/{program}/blocks/{block}/days/{day}/copy", """{"target_mode": "all"}""");
        await Send("POST", $"/api/{root}/programs/{program}/blocks/{block}/goals", $$"""{"goal_id": "{{midTerm}}", "deadline": "2026-02-08"}""");
        await Send("DELETE", $"/api/{root}/programs/{program}/blocks/{block}/days/{day}");
        await Send("GET", $"/api/{root}/programs/{program}");

        // api.js's wrappers of the global routes.
        await Send("GET", "/api/goals");
        await Send("POST", "/api/goals", $$"""{"name": "Sweep picking", "type": "ShortTermGoal", "parent_id": "{{midTerm}}", "deadline": "2026-04-01"}""");
        await Send("POST", "/api/goals/practice-session", $$"""{"parent_ids": ["{{shortTerm}}"], "immediate_goals": [{"name": "Sweep 3 strings", "description": ""}, {"name": "  "}], "description": "Evening session"}""");
        await Send("GET", "/api/practice-sessions");
        await Send("GET", $"/api/{root}/activity-instances");
        await Send("POST", $"/api/{root}/activity-instances", $$"""{"instance_id": "22222222-2222-4222-8222-222222222222", "practice_session_id": "{{modal}}", "activity_definition_id": "{{scalesId}}"}""");
        await Send("POST", $"/api/{root}/activity-instances", $$"""{"instance_id": "22222222-2222-4222-8222-222222222222", "practice_session_id": "{{modal}}", "activity_definition_id": "{{scalesId}}"}""");

        // And everything taken apart again, the way the UI's delete buttons do it.
        await Send("DELETE", $"/api/{root}/sessions/{session}/activities/{chordInstance}");
        await Send("DELETE", $"/api/{root}/sessions/{modal}");
        await Send("DELETE", $"/api/{root}/programs/{program}");
        await Send("DELETE", $"/api/{root}/session-templates/{template}");
        await Send("DELETE", $"/api/{root}/activities/{chordsId}");
        await Send("DELETE", $"/api/{root}/activity-groups/{other}");
        await Send("DELETE", $"/api/{root}/goals/{second}");
        await Send("GET", $"/api/{root}/goals");
        await Send("DELETE", $"/api/fractals/{root}");
        await Send("GET", "/api/fractals");
    }

    private static string Goal(string name, string type, string parent, string? deadline) =>
        new JsonObject { ["name"] = name, ["description"] = "", ["deadline"] = deadline, ["type"] = type, ["parent_id"] = parent }.ToJsonString();

    private static string Id(JsonNode? node) => (string?)node?["id"] ?? throw new InvalidOperationException("no id in " + node?.ToJsonString());

    private async Task<JsonNode?> Send(string method, string url, string? json = null)
    {
        clock.Advance(TimeSpan.FromTicks(10_012_345));   // 1.0012345 s: microseconds that show in every timestamp
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var body = text.Length == 0 ? null : JsonNode.Parse(text);
        Steps.Add(new($"{method} {AddedFieldsOnly.Guid().Replace(url, "{id}")}", (int)response.StatusCode, body));
        return body;
    }
}

/// <summary>A clock that stands still until the journey moves it, in UTC so that "local" time is the same everywhere.</summary>
internal sealed class JourneyClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 2, 9, 30, 0, TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
