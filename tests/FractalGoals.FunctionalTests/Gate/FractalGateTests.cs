using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace FractalGoals.FunctionalTests.Gate;

/// <summary>
/// The fractal-scope gate (ADR 0036) answers every route with a <c>{root_id}</c> before anything else: an unknown,
/// deleted or non-root fractal is 404 "Fractal not found" even when the body is invalid (contract §1.7), and
/// nothing changes. The routes come from the app's own endpoint data, so a new route is covered without editing this.
/// </summary>
public sealed class FractalGateTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Refused => ["no-such-fractal", new string('x', 101), "deleted", "child goal", "session"];

    [Fact]
    public void The_app_has_routes_inside_a_fractal_in_every_module()
    {
        var routes = FractalRoutes().Select(r => r.Pattern).ToList();

        foreach (var segment in new[] { "/goals", "/sessions", "/activity-instances", "/activities", "/activity-groups", "/session-templates", "/programs" })
            Assert.Contains(routes, pattern => pattern.Contains(segment, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Every_route_inside_a_fractal_answers_404_for_a_fractal_it_cannot_enter_and_changes_nothing(string kind)
    {
        var client = factory.CreateClient();
        var rootId = await RootIdAsync(client, kind);
        var before = await TableFingerprint.OfAsync(factory);
        var failures = new List<string>();

        foreach (var (method, pattern) in FractalRoutes())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), AppRoutes.Path(pattern, rootId));
            // An empty object fails every body's validation ("Name is required", …): the gate must answer first.
            if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            if (response.StatusCode != HttpStatusCode.NotFound || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                || (string?)JsonNode.Parse(body)?["error"] != "Fractal not found")
                failures.Add($"{method} {pattern}: {(int)response.StatusCode} {body}");
        }

        Assert.True(failures.Count == 0, $"Routes that did not answer 404 \"Fractal not found\" for a {kind} fractal:\n" + string.Join("\n", failures));
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    private List<(string Method, string Pattern)> FractalRoutes() =>
        [.. AppRoutes.Of(factory).Where(r => r.Endpoint.RoutePattern.GetParameter("root_id") is not null).Select(r => (r.Method, r.Pattern))];

    private static async Task<string> RootIdAsync(HttpClient client, string kind)
    {
        if (kind is not ("deleted" or "child goal" or "session")) return kind;
        var response = await client.PostAsJsonAsync("/api/fractals", new { name = "Gate " + kind }, Ct);
        var root = (string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        switch (kind)
        {
            case "deleted":
                Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync(new Uri($"/api/fractals/{root}", UriKind.Relative), Ct)).StatusCode);
                return root;
            case "child goal":
                var child = await client.PostAsJsonAsync($"/api/{root}/goals", new { name = "Child", type = "LongTermGoal", parent_id = root }, Ct);
                Assert.Equal(HttpStatusCode.Created, child.StatusCode);
                return (string)(await child.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
            default:
                var session = await client.PostAsJsonAsync($"/api/{root}/sessions", new { name = "Morning" }, Ct);
                Assert.Equal(HttpStatusCode.Created, session.StatusCode);
                return (string)(await session.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
        }
    }
}
