using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using FractalGoals.Api.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace FractalGoals.FunctionalTests.Http;

/// <summary>
/// Every route that takes a body reads it through <see cref="RequestBody"/> and its one wrong-type rule (ADR 0038):
/// a body of the wrong shape answers a 4xx problem and changes no row. The routes come from the app's endpoint data.
/// </summary>
public sealed class WrongBodyShapeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The update routes whose validators name a wrongly typed field (#8, #15, #20, #44 and #44's session-scoped twin,
    // ADR 0049) and the two target posts (ADR 0050); every other body is strict.
    private static readonly string[] Lenient =
    [
        "PUT api/{root_id}/goals/{goal_id}",
        "PUT api/goals/{goal_id}",
        "PUT api/{root_id}/sessions/{session_id}",
        "PUT api/{root_id}/activity-instances/{instance_id}",
        "PUT api/{root_id}/sessions/{session_id}/activities/{instance_id}",
        // The body of these is itself a client blob, a goal target (ADR 0050): its fields are checked by name.
        "POST api/{root_id}/goals/{goal_id}/targets",
        "POST api/goals/{goal_id}/targets",
    ];

    // Every request field of the contract (and of its additions), each given a value no field accepts as its type ([[]] is only a JSON blob).
    private static readonly string[] Fields =
    [
        "name", "description", "type", "parent_id", "deadline", "completed", "targets", "has_sets", "has_metrics",
        "metrics_multiplicative", "has_splits", "group_id", "metrics", "splits", "group_ids", "template_data", "start_date",
        "end_date", "selectedGoals", "weeklySchedule", "is_active", "template_ids", "template_id", "day_of_week", "cascade",
        "day_number", "target_mode", "goal_id", "parent_ids", "immediate_goals", "duration_minutes", "session_data",
        "total_duration_seconds", "session_start", "session_end", "instance_id", "practice_session_id",
        "activity_definition_id", "time_start", "time_stop", "notes", "sets", "activity_ids",
    ];

    [Fact]
    public void Every_write_route_but_the_bodiless_ones_takes_a_request_body_and_nothing_else_reads_json()
    {
        var routes = AppRoutes.Of(factory);
        var writes = routes.Where(r => r.Method is "POST" or "PUT" or "PATCH").ToList();

        var bodiless = writes.Where(r => !TakesRequestBody(r.Endpoint)).Select(Name).Order(StringComparer.Ordinal);
        Assert.Equal(["POST api/{root_id}/activity-instances/{instance_id}/stop", "POST api/{root_id}/goals/{goal_id}/restore",
            "POST api/{root_id}/sessions/{session_id}/restore"], bodiless);
        Assert.All(routes.Where(r => TakesRequestBody(r.Endpoint)), r =>
            Assert.Contains(r.Endpoint.Metadata.OfType<IAcceptsMetadata>(), a => a.ContentTypes.Contains("application/json")));
        Assert.All(Lenient, name => Assert.Contains(name, writes.Select(Name)));
    }

    [Fact]
    public async Task A_body_that_is_not_an_object_is_an_invalid_json_body_on_every_body_route_and_changes_nothing()
    {
        var client = factory.CreateClient();
        var rootId = await RootIdAsync(client);
        var before = await TableFingerprint.OfAsync(factory);
        var failures = new List<string>();

        foreach (var route in BodyRoutes())
            foreach (var body in new[] { "[]", """[{"name": "x"}]""", "\"text\"", "7" })
            {
                var (status, error) = await SendAsync(client, route, rootId, body);
                if (status != HttpStatusCode.BadRequest || error != "Invalid JSON body") failures.Add($"{Name(route)} {body}: {(int)status} {error}");
            }

        Assert.True(failures.Count == 0, "Routes that did not refuse the body as invalid JSON:\n" + string.Join("\n", failures));
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    [Fact]
    public async Task Fields_of_the_wrong_type_are_refused_as_invalid_json_by_strict_routes_and_by_field_on_lenient_ones_and_change_nothing()
    {
        var client = factory.CreateClient();
        var rootId = await RootIdAsync(client);
        var body = new JsonObject(Fields.Select(f => KeyValuePair.Create(f, (JsonNode?)new JsonArray(new JsonArray())))).ToJsonString();
        var before = await TableFingerprint.OfAsync(factory);
        var failures = new List<string>();

        foreach (var route in BodyRoutes())
        {
            var (status, error) = await SendAsync(client, route, rootId, body);
            var refused = Lenient.Contains(Name(route))
                ? status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound && error is not (null or "" or "Invalid JSON body")
                : status == HttpStatusCode.BadRequest && error == "Invalid JSON body";
            if (!refused) failures.Add($"{Name(route)}: {(int)status} {error}");
        }

        Assert.True(failures.Count == 0, "Routes that did not refuse wrongly typed fields as expected:\n" + string.Join("\n", failures));
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    private List<(string Method, string Pattern, Microsoft.AspNetCore.Routing.RouteEndpoint Endpoint)> BodyRoutes()
    {
        var routes = AppRoutes.Of(factory).Where(r => TakesRequestBody(r.Endpoint)).ToList();
        Assert.True(routes.Count >= 28, $"only {routes.Count} body routes found");   // the 28 of today; the write-route test names the rest
        return routes;
    }

    private static bool TakesRequestBody(Microsoft.AspNetCore.Routing.RouteEndpoint endpoint) =>
        endpoint.Metadata.OfType<MethodInfo>().Any(m => m.GetParameters().Any(p => p.ParameterType == typeof(RequestBody)));

    private static string Name((string Method, string Pattern, Microsoft.AspNetCore.Routing.RouteEndpoint) route) =>
        $"{route.Method} {route.Pattern.TrimStart('/')}";

    // Answers as problem+json with the contract's error member; anything else is reported as a null error.
    private static async Task<(HttpStatusCode Status, string? Error)> SendAsync(
        HttpClient client, (string Method, string Pattern, Microsoft.AspNetCore.Routing.RouteEndpoint) route, string rootId, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), AppRoutes.Path(route.Pattern, rootId))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request, Ct);
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return (response.StatusCode, null);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct));
        return (response.StatusCode, (string?)problem?["error"]);
    }

    private static async Task<string> RootIdAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/fractals", new { name = "Body shapes" }, Ct);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["id"]!;
    }
}
