using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FractalGoals.FunctionalTests.Accounts;

/// <summary>
/// <c>Accounts</c> mode (issue 16, ADR 0051): Identity's routes and wire shapes under <c>/api/auth</c>, a bearer
/// token on every other <c>/api</c> request, lockout, token refresh and revocation, account deletion.
/// </summary>
public sealed class AccountsModeTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = ApiFactory.WithAccounts();
    private HttpClient _anonymous = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _anonymous = _factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _anonymous.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Register_then_login_answers_Identity_s_token_shape_and_the_token_opens_the_api()
    {
        await AccountSession.RegisterAsync(_anonymous, "ada@example.com");
        var tokens = await AccountSession.TokensAsync(_anonymous, "ada@example.com");

        Assert.Equal("Bearer", (string?)tokens["tokenType"]);
        Assert.Equal(15 * 60, (long)tokens["expiresIn"]!);
        Assert.False(string.IsNullOrEmpty((string?)tokens["accessToken"]));
        Assert.False(string.IsNullOrEmpty((string?)tokens["refreshToken"]));

        using var created = await _anonymous.SendAsync(AccountSession.WithToken(HttpMethod.Post, "/api/fractals", (string)tokens["accessToken"]!, new { name = "Mine" }), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var list = await _anonymous.SendAsync(AccountSession.WithToken(HttpMethod.Get, "/api/fractals", (string)tokens["accessToken"]!), Ct);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);

        using var info = await _anonymous.SendAsync(AccountSession.WithToken(HttpMethod.Get, "/api/auth/manage/info", (string)tokens["accessToken"]!), Ct);
        var body = (await info.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal("ada@example.com", (string?)body["email"]);
        Assert.False((bool)body["isEmailConfirmed"]!);
    }

    [Theory]
    [InlineData("GET", "/api/fractals")]
    [InlineData("POST", "/api/fractals")]
    [InlineData("GET", "/api/goals")]
    [InlineData("GET", "/api/some-root/goals")]
    [InlineData("GET", "/api/auth/manage/info")]
    [InlineData("POST", "/api/auth/logout-everywhere")]
    [InlineData("DELETE", "/api/auth/account")]
    public async Task An_anonymous_api_request_is_refused_with_a_401_problem_and_changes_nothing(string method, string path)
    {
        var before = await TableFingerprint.OfAsync(_factory);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET") request.Content = JsonContent.Create(new { name = "x", password = "x" });

        using var response = await _anonymous.SendAsync(request, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Equal(before, await TableFingerprint.OfAsync(_factory));
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/scalar")]
    public async Task Health_and_the_reference_pages_stay_open(string path)
    {
        using var response = await _anonymous.GetAsync(path, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task The_openapi_document_declares_the_bearer_scheme_and_requires_it_where_the_api_does()
    {
        var document = (await _anonymous.GetFromJsonAsync<JsonObject>("/openapi/v1.json", Ct))!;

        var scheme = document["components"]!["securitySchemes"]!["Bearer"]!;
        Assert.Equal("http", (string?)scheme["type"]);
        Assert.Equal("bearer", (string?)scheme["scheme"]);
        Assert.NotNull(document["paths"]!["/api/fractals"]!["get"]!["security"]);
        Assert.NotNull(document["paths"]!["/api/auth/logout-everywhere"]!["post"]!["security"]);
        Assert.Null(document["paths"]!["/api/auth/login"]!["post"]!["security"]);
    }

    [Fact]
    public async Task A_tampered_or_made_up_token_is_refused_with_a_401_problem()
    {
        await AccountSession.RegisterAsync(_anonymous, "tamper@example.com");
        var token = (string)(await AccountSession.TokensAsync(_anonymous, "tamper@example.com"))["accessToken"]!;
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];

        foreach (var bad in new[] { tampered, "not-a-token", token + "x" })
        {
            using var response = await _anonymous.SendAsync(AccountSession.WithToken(HttpMethod.Get, "/api/fractals", bad), Ct);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused_too()
    {
        await AccountSession.RegisterAsync(_anonymous, "locked@example.com");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await AccountSession.LoginAsync(_anonymous, "locked@example.com", "Wr0ng-password!");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await AccountSession.LoginAsync(_anonymous, "locked@example.com");

        var problem = await ProblemAssert.IsProblemAsync(right, HttpStatusCode.Unauthorized);
        Assert.Equal("LockedOut", (string?)problem["detail"]);
    }

    [Fact]
    public async Task Refresh_gives_a_new_pair_and_identity_does_not_revoke_the_old_refresh_token()
    {
        await AccountSession.RegisterAsync(_anonymous, "refresh@example.com");
        var first = await AccountSession.TokensAsync(_anonymous, "refresh@example.com");

        using var refreshed = await _anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = (string)first["refreshToken"]! }, Ct);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var second = (await refreshed.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.NotEqual((string?)first["refreshToken"], (string?)second["refreshToken"]);
        Assert.NotEqual((string?)first["accessToken"], (string?)second["accessToken"]);
        using var withNew = await _anonymous.SendAsync(AccountSession.WithToken(HttpMethod.Get, "/api/fractals", (string)second["accessToken"]!), Ct);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);

        // What Identity really does (ADR 0051): its refresh tokens are self-contained tickets, not stored, so the old
        // one keeps working until it expires, the password changes or the account logs out everywhere.
        using var again = await _anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = (string)first["refreshToken"]! }, Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Logout_everywhere_makes_every_refresh_token_of_the_account_fail()
    {
        await AccountSession.RegisterAsync(_anonymous, "everywhere@example.com");
        var laptop = await AccountSession.TokensAsync(_anonymous, "everywhere@example.com");
        var phone = await AccountSession.TokensAsync(_anonymous, "everywhere@example.com");

        using var logout = await _anonymous.SendAsync(AccountSession.WithToken(HttpMethod.Post, "/api/auth/logout-everywhere", (string)phone["accessToken"]!), Ct);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);

        foreach (var device in new[] { laptop, phone })
        {
            using var refresh = await _anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = (string)device["refreshToken"]! }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        }
        using var login = await AccountSession.LoginAsync(_anonymous, "everywhere@example.com");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);   // the password still signs in
    }

    [Fact]
    public async Task Changing_the_password_through_manage_info_keeps_Identity_s_shape()
    {
        await AccountSession.RegisterAsync(_anonymous, "change@example.com");
        var tokens = await AccountSession.TokensAsync(_anonymous, "change@example.com");

        using var change = await _anonymous.SendAsync(AccountSession.WithToken(HttpMethod.Post, "/api/auth/manage/info", (string)tokens["accessToken"]!,
            new { oldPassword = AccountSession.Password, newPassword = "N3w-password!" }), Ct);
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);

        using var old = await AccountSession.LoginAsync(_anonymous, "change@example.com");
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        using var fresh = await AccountSession.LoginAsync(_anonymous, "change@example.com", "N3w-password!");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        // A new password is a new security stamp: the refresh token of before no longer works.
        using var refresh = await _anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = (string)tokens["refreshToken"]! }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task Deleting_the_account_needs_the_password_and_then_the_login_is_gone()
    {
        await AccountSession.RegisterAsync(_anonymous, "leaving@example.com");
        var token = (string)(await AccountSession.TokensAsync(_anonymous, "leaving@example.com"))["accessToken"]!;

        using var wrong = await _anonymous.SendAsync(AccountSession.WithToken(HttpMethod.Delete, "/api/auth/account", token, new { password = "Wr0ng-password!" }), Ct);
        await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.BadRequest, "Wrong password");
        using var missing = await _anonymous.SendAsync(AccountSession.WithToken(HttpMethod.Delete, "/api/auth/account", token, new { }), Ct);
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest);

        using var deleted = await _anonymous.SendAsync(AccountSession.WithToken(HttpMethod.Delete, "/api/auth/account", token, new { password = AccountSession.Password }), Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        using var login = await AccountSession.LoginAsync(_anonymous, "leaving@example.com");
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        using var again = await _anonymous.SendAsync(AccountSession.WithToken(HttpMethod.Post, "/api/auth/logout-everywhere", token), Ct);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Unauthorized);   // the token outlives the account, its user does not
    }

    [Fact]
    public async Task Cookie_sign_in_is_not_offered()
    {
        await AccountSession.RegisterAsync(_anonymous, "cookie@example.com");

        using var response = await _anonymous.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = "cookie@example.com", password = AccountSession.Password }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_weak_password_or_a_taken_email_is_Identity_s_validation_problem()
    {
        using var weak = await _anonymous.PostAsJsonAsync("/api/auth/register", new { email = "weak@example.com", password = "short" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var body = (await weak.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.NotNull(body["errors"]);
        Assert.False(string.IsNullOrEmpty((string?)body["error"]));

        await AccountSession.RegisterAsync(_anonymous, "taken@example.com");
        using var taken = await _anonymous.PostAsJsonAsync("/api/auth/register", new { email = "taken@example.com", password = AccountSession.Password }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
    }
}
