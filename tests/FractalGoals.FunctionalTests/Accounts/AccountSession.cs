using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FractalGoals.FunctionalTests.Accounts;

/// <summary>Register and log in through Identity's own routes, as any client of ASP.NET Core Identity would.</summary>
public static class AccountSession
{
    public const string Password = "Corr3ct-horse!";

    public static async Task RegisterAsync(HttpClient client, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsJsonAsync("/api/auth/login", new { email, password }, TestContext.Current.CancellationToken);
    }

    /// <summary>The login answer: Identity's <c>tokenType</c>, <c>accessToken</c>, <c>expiresIn</c>, <c>refreshToken</c>.</summary>
    public static async Task<JsonObject> TokensAsync(HttpClient client, string email, string password = Password)
    {
        using var response = await LoginAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>A new account and a client that sends its access token.</summary>
    public static async Task<HttpClient> SignedInClientAsync(ApiFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var anonymous = factory.CreateClient();
        await RegisterAsync(anonymous, email);
        var tokens = await TokensAsync(anonymous, email);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)tokens["accessToken"]!);
        return client;
    }

    public static HttpRequestMessage WithToken(HttpMethod method, string path, string accessToken, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (body is not null) request.Content = JsonContent.Create(body);
        return request;
    }
}
