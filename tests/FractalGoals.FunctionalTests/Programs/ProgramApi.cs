using System.Net;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;

namespace FractalGoals.FunctionalTests.Programs;

/// <summary>Builds programs the way the client does: templates first, then a program whose weeklySchedule names them.</summary>
internal static class ProgramApi
{
    public static async Task<string> CreateTemplateAsync(HttpClient client, string root, string name) =>
        (string)(await CreateAsync(client, $"/api/{root}/session-templates",
            $$$"""{"name": "{{{name}}}", "template_data": {"sections": [{"name": "Main", "duration_minutes": 30, "activities": []}]}}"""))["id"]!;

    /// <summary>One block spec as the client's program editor sends it; <paramref name="days"/> maps weekday keys to template ids.</summary>
    public static string Block(string id, string name, string start, string end, params (string Day, string[] Templates)[] days)
    {
        var schedule = new JsonObject();
        foreach (var (day, templates) in days) schedule[day] = new JsonArray([.. templates.Select(t => (JsonNode?)JsonValue.Create(t))]);
        schedule["daily"] = new JsonArray();
        return new JsonObject
        {
            ["id"] = id, ["name"] = name, ["startDate"] = start, ["endDate"] = end, ["color"] = "#3A86FF", ["weeklySchedule"] = schedule,
        }.ToJsonString();
    }

    public static string ProgramBody(string name, string start, string end, string[]? goals = null, params string[] blocks) =>
        $$"""
        {"name": "{{name}}", "description": "", "start_date": "{{start}}", "end_date": "{{end}}",
         "selectedGoals": [{{string.Join(", ", (goals ?? []).Select(g => $"\"{g}\""))}}], "weeklySchedule": [{{string.Join(", ", blocks)}}]}
        """;

    public static Task<JsonObject> CreateProgramAsync(HttpClient client, string root, string body) =>
        CreateAsync(client, $"/api/{root}/programs", body);

    public static async Task<JsonObject> GetProgramAsync(HttpClient client, string root, string programId)
    {
        var response = await client.GetAsync(new Uri($"/api/{root}/programs/{programId}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadObjectAsync(response);
    }

    public static JsonObject BlockOf(JsonObject program, string blockId) =>
        program["blocks"]!.AsArray().Select(b => b!.AsObject()).Single(b => (string?)b["id"] == blockId);

    public static IReadOnlyList<JsonObject> DaysOf(JsonObject block) => [.. block["days"]!.AsArray().Select(d => d!.AsObject())];

    public static IReadOnlyList<string?> TemplateIdsOf(JsonObject day) =>
        [.. day["sessions"]!.AsArray().Select(s => (string?)s!["session_template_id"])];

    /// <summary>A unique client block id (Date.now()-like digits): block ids are keys across all programs.</summary>
    public static string NewBlockId() => Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
