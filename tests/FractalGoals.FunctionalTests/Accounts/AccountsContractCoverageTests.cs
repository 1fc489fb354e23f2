using System.Net;
using System.Text;
using FractalGoals.FunctionalTests.Contract;

namespace FractalGoals.FunctionalTests.Accounts;

/// <summary>
/// ContractCoverageTests for <c>Accounts</c> mode (ADR 0051): the same routes plus the ones the additions page marks
/// "Accounts mode only", and no other /api route; every route but Identity's anonymous ones refuses a caller
/// without a token with 401 before its endpoint runs.
/// </summary>
public sealed class AccountsContractCoverageTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = ApiFactory.WithAccounts();

    // Identity's routes that take no token: sign-up, sign-in and the e-mail flows (ADR 0051).
    private static readonly HashSet<string> Anonymous =
    [
        "POST /api/auth/register", "POST /api/auth/login", "POST /api/auth/refresh", "GET /api/auth/confirmEmail",
        "POST /api/auth/resendConfirmationEmail", "POST /api/auth/forgotPassword", "POST /api/auth/resetPassword",
    ];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private HashSet<string> Routes() =>
        AppRoutes.Of(_factory).Select(r => $"{r.Method} {ContractEndpoints.Shape("/" + r.Pattern.TrimStart('/'))}").ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_listed_route_is_served_and_every_api_route_is_listed()
    {
        var routes = Routes();
        var listed = ContractEndpoints.Served(accounts: true).Select(ContractCoverageTests.Key).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(listed, e => !routes.Contains(e));
        Assert.DoesNotContain(routes, r => r.Contains(" /api/", StringComparison.Ordinal) && !listed.Contains(r));
    }

    [Fact]
    public async Task Every_api_route_but_identity_s_anonymous_ones_answers_401_without_a_token()
    {
        using var client = _factory.CreateClient();
        var before = await TableFingerprint.OfAsync(_factory);
        var open = new List<string>();
        foreach (var (method, pattern, _) in AppRoutes.Of(_factory).Where(r => r.Pattern.StartsWith("/api", StringComparison.Ordinal) || r.Pattern.StartsWith("api", StringComparison.Ordinal)))
        {
            var key = $"{method} /{pattern.TrimStart('/')}";
            using var request = new HttpRequestMessage(new HttpMethod(method), AppRoutes.Path(pattern, "probe-root"));
            if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            // A refusal for want of a token is the bearer scheme's challenge (WWW-Authenticate: Bearer); Identity's own
            // 401s (a failed login, an unknown confirmation) are answers of its endpoints.
            var challenged = response.Headers.WwwAuthenticate.Any(h => h.Scheme == "Bearer");
            if (Anonymous.Contains(key))
            {
                Assert.False(challenged, key + " asked for a token");
                continue;
            }
            if (!challenged) open.Add($"{key} → {(int)response.StatusCode}");
            else await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        }
        Assert.True(open.Count == 0, "Answered without a token: " + string.Join(", ", open));
        Assert.Equal(before, await TableFingerprint.OfAsync(_factory));
    }
}
