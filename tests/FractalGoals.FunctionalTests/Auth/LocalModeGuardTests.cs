using System.Net;
using FractalGoals.FunctionalTests.LegacyUpgrade;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests.Auth;

/// <summary>
/// Local mode (no accounts) refuses to listen beyond loopback unless told that anonymous remote access is wanted
/// (issue 16); the refusal names the settings. On a real Kestrel (a test server binds nothing), and as a real process
/// for the exit code.
/// </summary>
public sealed class LocalModeGuardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Local_mode_on_every_address_starts_when_anonymous_remote_access_is_allowed()
    {
        await using var api = new ApiFactory();
        await using var server = Kestrel(api, "http://0.0.0.0:0", allowRemote: "true");

        server.StartServer();

        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var port = new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)).Port;
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/fractals", UriKind.Relative), Ct)).StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://[::1]:0")]
    public async Task Local_mode_on_loopback_starts(string url)
    {
        await using var api = new ApiFactory();
        await using var server = Kestrel(api, url, allowRemote: null);

        server.StartServer();

        Assert.NotEmpty(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses);
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://[::]:0")]
    [InlineData("http://127.0.0.1:0;http://0.0.0.0:0")]   // one refused address among allowed ones
    public async Task Local_mode_on_every_address_exits_1_and_says_what_to_set(string urls)
    {
        var folder = Directory.CreateTempSubdirectory("fractal-goals-guard").FullName;
        try
        {
            var result = await UpgradeCli.RunAsync(
                new Dictionary<string, string> { ["ConnectionStrings__FractalGoals"] = $"Data Source={Path.Combine(folder, "api.db")}" },
                "--urls", urls);

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("error: the server cannot start: FractalGoals:Auth:Mode is Local", result.Error, StringComparison.Ordinal);
            Assert.Contains("FractalGoals:Auth:AllowAnonymousRemote=true", result.Error, StringComparison.Ordinal);
            Assert.Contains("FractalGoals:Auth:Mode=Accounts", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);   // a reason, not a stack trace
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("--FractalGoals:Auth:Mode=Everyone", "FractalGoals:Auth:Mode must be Local or Accounts, not 'Everyone'")]
    [InlineData("--FractalGoals:Auth:AllowAnonymousRemote=sure", "FractalGoals:Auth:AllowAnonymousRemote must be true or false, not 'sure'")]
    public async Task A_wrong_auth_setting_stops_the_start_with_its_name(string setting, string reason)
    {
        var result = await UpgradeCli.RunAsync(null, setting);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: the server cannot start: {reason}", result.Error.Trim());
    }

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Kestrel(ApiFactory api, string url, string? allowRemote)
    {
        var server = api.WithWebHostBuilder(b =>
        {
            b.UseSetting("urls", url);
            if (allowRemote is not null) b.UseSetting("FractalGoals:Auth:AllowAnonymousRemote", allowRemote);
        });
        server.UseKestrel();
        return server;
    }

}
