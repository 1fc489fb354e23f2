using System.Net;
using FractalGoals.Api.Cli;

namespace FractalGoals.FunctionalTests.Persistence;

/// <summary>What the parity tests share: read every route's body, and run a <c>db</c> command in-process.</summary>
internal static class ParityHttp
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<Dictionary<string, string>> BodiesAsync(HttpClient client, List<string> routes)
    {
        var bodies = new Dictionary<string, string>();
        foreach (var route in routes)
        {
            var response = await client.GetAsync(new Uri(route, UriKind.Relative), Token);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route}: {(int)response.StatusCode}");
            bodies[route] = await response.Content.ReadAsStringAsync(Token);
        }
        return bodies;
    }

    public static async Task<(int Exit, string Output, string Error)> DbAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DbCommandLine.RunAsync(["db", .. args], output, error, Token);
        return (exit, output.ToString(), error.ToString());
    }
}
