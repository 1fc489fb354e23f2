using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests.Hostile;

/// <summary>
/// Hostile requests against the app on a real Kestrel (a test server skips Kestrel's own parsing and its pipes):
/// refusals on one kept-alive connection never drop it, and what Kestrel refuses before the app (ADR 0041) is pinned.
/// </summary>
public sealed class RealKestrelTests : IAsyncLifetime
{
    private readonly ApiFactory _api = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _server = null!;
    private Uri _address = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _server = _api.WithWebHostBuilder(b => b.UseSetting("urls", "http://127.0.0.1:0"));
        _server.UseKestrel(0);
        _server.StartServer();
        _address = new Uri(_server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Hundreds_of_refused_json_bodies_on_one_connection_never_drop_it()
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1 };
        using var client = new HttpClient(handler) { BaseAddress = _address };
        string[] bodies = ["{\"name\":", "{\"name\":\"a\",\"name\":\"b\"}", "[1,2", "{\"name\":\"\\ud800\"}", new string('[', 200), "{\"name\":" + new string('x', 70_000)];
        var failures = new List<string>();

        for (var i = 0; i < 400; i++)
        {
            using var content = new StringContent(bodies[i % bodies.Length], Encoding.UTF8, "application/json");
            try
            {
                using var response = await client.PostAsync(new Uri("/api/fractals", UriKind.Relative), content, Ct);
                var verdict = await HostileProbe.JudgeAsync(response);
                if (verdict is not null || response.StatusCode != HttpStatusCode.BadRequest) failures.Add($"#{i}: {(int)response.StatusCode} {verdict}");
            }
            catch (HttpRequestException dropped)
            {
                failures.Add($"#{i}: connection dropped ({dropped.Message})");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public async Task Answers_of_the_app_pass_the_connection_filter_whole_streamed_chunked_and_kept_alive()
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1 };
        using var client = new HttpClient(handler) { BaseAddress = _address };
        var root = await HostileProbe.RootIdAsync(client, "Through");
        var big = new string('x', 300_000);
        for (var i = 0; i < 8; i++)
        {
            using var created = await client.PostAsJsonAsync($"/api/{root}/sessions", new { name = $"S{i}", session_data = new { note = big } }, Ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        for (var round = 0; round < 5; round++)
        {
            using var sessions = await client.GetAsync(new Uri($"/api/{root}/sessions", UriKind.Relative), Ct);   // streamed, many flushes
            var text = await sessions.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.OK, sessions.StatusCode);
            Assert.InRange(text.Length, 8 * big.Length, int.MaxValue);
            System.Text.Json.Nodes.JsonNode.Parse(text);
            using var missing = await client.GetAsync(new Uri($"/api/{root}/goals/no-such-goal", UriKind.Relative), Ct);
            Assert.Null(await HostileProbe.JudgeAsync(missing));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
    }

    [Theory]
    [InlineData("/api/fractals/a%00b", 400)]     // Kestrel refuses U+0000 in the target itself
    [InlineData("/api/%00/goals", 400)]
    [InlineData("/api/x/goals?limit=%00", 400)]
    [InlineData("/api/../../etc/passwd", 404)]
    [InlineData("/api/LONG/goals", 404)]         // 10,000 characters: under the request-line limit, the app answers
    [InlineData("/api/HUGE/goals", 414)]         // 20,000: over it, Kestrel refuses
    public async Task A_hostile_request_target_is_answered_with_a_problem(string target, int expected)
    {
        target = target.Replace("LONG", new string('x', 10_000), StringComparison.Ordinal).Replace("HUGE", new string('x', 20_000), StringComparison.Ordinal);

        var (status, head, body) = await RawAsync($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        AssertProblem(expected, status, head, body);
    }

    [Theory]
    [InlineData("GARBAGE\r\n\r\n", 400)]                                                    // no request line
    [InlineData("GET /api/fractals HTTP/1.1\r\nHost: localhost\r\nX-Big: HUGE\r\n\r\n", 431)]   // headers over the limit
    [InlineData("GET /api/fractals HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n", 400)]
    public async Task A_request_kestrel_cannot_parse_is_answered_with_a_problem(string request, int expected)
    {
        var (status, head, body) = await RawAsync(request.Replace("HUGE", new string('x', 40_000), StringComparison.Ordinal));

        AssertProblem(expected, status, head, body);
    }

    private static void AssertProblem(int expected, int status, string head, string body)
    {
        Assert.Equal(expected, status);
        Assert.Contains("Content-Type: application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        var problem = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        Assert.Equal(expected, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["error"]));
        Assert.False(string.IsNullOrEmpty((string?)problem["code"]));
    }

    private async Task<(int Status, string Head, string Body)> RawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_address.Host, _address.Port, Ct);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(Ct);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 4)..];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)) body = Dechunked(body);
        return (int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), head, body);
    }

    // The app's answers are chunked (no Content-Length); the body is the chunks' data, in order.
    private static string Dechunked(string chunked)
    {
        var body = new StringBuilder();
        for (var at = 0; ;)
        {
            var lineEnd = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..lineEnd].Split(';')[0], 16);
            if (size == 0) return body.ToString();
            body.Append(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
