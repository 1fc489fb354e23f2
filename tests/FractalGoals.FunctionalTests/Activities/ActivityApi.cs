using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FractalGoals.FunctionalTests.Activities;

/// <summary>Small request helpers: each test makes its own fractal through the API, so tests never collide.</summary>
internal static class ActivityApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<string> CreateFractalAsync(HttpClient client, string name = "Calisthenics")
    {
        var response = await client.PostAsJsonAsync("/api/fractals", new { name }, Ct);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
    }

    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;

    public static async Task<JsonArray> GetArrayAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonArray>(url, Ct))!;

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string json)
    {
        using var content = Json(json);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
    }

    public static async Task<HttpResponseMessage> PutAsync(HttpClient client, string url, string json)
    {
        using var content = Json(json);
        return await client.PutAsync(new Uri(url, UriKind.Relative), content, Ct);
    }

    public static Task<HttpResponseMessage> DeleteAsync(HttpClient client, string url) =>
        client.DeleteAsync(new Uri(url, UriKind.Relative), Ct);

    public static async Task<JsonObject> CreateAsync(HttpClient client, string url, string json)
    {
        var response = await PostAsync(client, url, json);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await ReadObjectAsync(response);
    }

    public static IEnumerable<string?> Strings(JsonArray array, string key) => array.Select(item => (string?)item![key]);
}
