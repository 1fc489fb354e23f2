using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FractalGoals.FunctionalTests.Hostile;

/// <summary>What every hostile request is checked against (ADR 0041): below 500, a problem that leaks nothing, no change.</summary>
public static class HostileProbe
{
    private static readonly string[] Leaks = ["Exception", "   at ", "SELECT ", "INSERT ", "UPDATE ", "SQLite", "Npgsql", "postgres", "StackTrace", "/work/", "System."];

    /// <summary>Null when the answer is acceptable for a hostile request; else why not.</summary>
    public static async Task<string?> JudgeAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (status >= 500) return $"{status}: {Cut(text)}";
        if (status < 400) return null;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return $"{status} as {response.Content.Headers.ContentType}: {Cut(text)}";
        JsonNode? problem;
        try
        {
            problem = JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return $"{status} problem that is not JSON: {Cut(text)}";
        }
        if (problem?["status"]?.GetValue<int>() != status || string.IsNullOrEmpty((string?)problem["error"]) || string.IsNullOrEmpty((string?)problem["code"]))
            return $"{status} problem without status, error or code: {Cut(text)}";
        var leak = Leaks.FirstOrDefault(l => text.Contains(l, StringComparison.OrdinalIgnoreCase));
        return leak is null ? null : $"{status} problem leaks \"{leak}\": {Cut(text)}";
    }

    public static async Task<string> RootIdAsync(HttpClient client, string name)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new StringContent(new JsonObject { ["name"] = name }.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/fractals", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["id"]!;
    }

    /// <summary>
    /// A live fractal with a goal, a session and a template, so hostile requests reach their handlers rather than the
    /// gate's 404; route parameters not named here get "probe".
    /// </summary>
    public static async Task<Dictionary<string, string>> FractalWithRowsAsync(HttpClient client, string name)
    {
        var root = await RootIdAsync(client, name);
        var ct = TestContext.Current.CancellationToken;
        using var session = await client.PostAsJsonAsync($"/api/{root}/sessions", new { name = "S", session_data = new { sections = Array.Empty<object>() } }, ct);
        using var goal = await client.PostAsJsonAsync($"/api/{root}/goals", new { name = "G", type = "LongTermGoal", parent_id = root }, ct);
        using var template = await client.PostAsJsonAsync($"/api/{root}/session-templates", new { name = "T", template_data = new { sections = Array.Empty<object>() } }, ct);
        return new Dictionary<string, string>
        {
            ["root_id"] = root,
            ["session_id"] = await IdOfAsync(session),
            ["goal_id"] = await IdOfAsync(goal),
            ["template_id"] = await IdOfAsync(template),
        };
    }

    private static async Task<string> IdOfAsync(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (string)JsonNode.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["id"]!;
    }

    /// <summary>At most <paramref name="length"/> characters of <paramref name="text"/>, for a failure message.</summary>
    public static string Cut(string text, int length = 300) => text.Length <= length ? text : text[..length] + "…";
}
