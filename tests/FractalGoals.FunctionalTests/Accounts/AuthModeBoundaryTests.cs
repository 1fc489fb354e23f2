using System.Net;
using System.Net.Http.Json;

namespace FractalGoals.FunctionalTests.Accounts;

/// <summary>The edges of the two modes (ADR 0051): the login rate limit, and no account routes in Local mode.</summary>
public sealed class AuthModeBoundaryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_and_register_past_the_limit_answer_429_problems_with_retry_after()
    {
        await using var factory = ApiFactory.WithAccounts(("FractalGoals:Auth:RateLimit:PermitLimit", "3"), ("FractalGoals:Auth:RateLimit:WindowSeconds", "3600"));
        using var client = factory.CreateClient();
        await AccountSession.RegisterAsync(client, "limited@example.com");   // 1 of 3
        using (var first = await AccountSession.LoginAsync(client, "limited@example.com")) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using (var second = await AccountSession.LoginAsync(client, "limited@example.com", "Wr0ng-password!")) Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);

        using var refused = await AccountSession.LoginAsync(client, "limited@example.com");
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);
        using var register = await client.PostAsJsonAsync("/api/auth/register", new { email = "other@example.com", password = AccountSession.Password }, Ct);
        await ProblemAssert.IsProblemAsync(register, HttpStatusCode.TooManyRequests);

        // Other routes are not limited: the refresh of a signed-in client, and the API itself.
        using var health = await client.GetAsync("/health", Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/auth/login")]
    [InlineData("POST", "/api/auth/register")]
    [InlineData("POST", "/api/auth/logout-everywhere")]
    [InlineData("DELETE", "/api/auth/account")]
    public async Task In_local_mode_no_account_route_is_served_and_the_api_needs_no_token(string method, string path)
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { email = "a@example.com", password = AccountSession.Password }) };
        using var response = await client.SendAsync(request, Ct);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);

        using var fractals = await client.GetAsync("/api/fractals", Ct);
        Assert.Equal(HttpStatusCode.OK, fractals.StatusCode);
    }
}
