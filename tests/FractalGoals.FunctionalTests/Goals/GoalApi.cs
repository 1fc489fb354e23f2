using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>Client-side steps shared by the goal endpoint tests: every test builds its own fractal through the API.</summary>
internal static partial class GoalApi
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<string> CreateFractalAsync(this HttpClient client, string name = "Fractal", string type = "UltimateGoal")
    {
        var response = await client.PostAsJsonAsync("/api/fractals", new { name, type }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
    }

    public static async Task<JsonObject> CreateGoalAsync(this HttpClient client, string rootId, string parentId, string type, string name = "Goal", string? deadline = null)
    {
        var response = await client.PostAsJsonAsync($"/api/{rootId}/goals",
            new { name, description = "", deadline, type, parent_id = parentId }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    /// <summary>A fractal with one goal on each level down to short-term: root → long → mid → short.</summary>
    public static async Task<Chain> CreateChainAsync(this HttpClient client)
    {
        var root = await client.CreateFractalAsync();
        var longTerm = (string)(await client.CreateGoalAsync(root, root, "LongTermGoal", "Long"))["id"]!;
        var midTerm = (string)(await client.CreateGoalAsync(root, longTerm, "MidTermGoal", "Mid"))["id"]!;
        var shortTerm = (string)(await client.CreateGoalAsync(root, midTerm, "ShortTermGoal", "Short"))["id"]!;
        return new Chain(root, longTerm, midTerm, shortTerm);
    }

    public static async Task<JsonObject> GetObjectAsync(this HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonObject>(url, Ct))!;

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, string json)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return client.SendAsync(request, Ct);
    }

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

    /// <summary>Every node of a tree, depth first, the node itself first.</summary>
    public static IEnumerable<JsonObject> Flatten(JsonObject node) =>
        new[] { node }.Concat(node["children"]!.AsArray().SelectMany(c => Flatten(c!.AsObject())));

    public static IReadOnlyList<string> ChildIds(JsonObject node) => [.. node["children"]!.AsArray().Select(c => (string)c!["id"]!)];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$")]
    public static partial Regex NaiveDateTime();
}

internal sealed record Chain(string Root, string LongTerm, string MidTerm, string ShortTerm);
