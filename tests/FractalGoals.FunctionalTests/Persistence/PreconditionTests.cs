using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FractalGoals.FunctionalTests.Goals;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;
using static FractalGoals.FunctionalTests.Programs.ProgramApi;

namespace FractalGoals.FunctionalTests.Persistence;

/// <summary>
/// Optimistic concurrency over HTTP (issue 14 point 4, ADR 0044): single-resource reads send the strong ETag
/// <c>"&lt;updated_at&gt;"</c>; PUT, PATCH and DELETE honour <c>If-Match</c> with 412 and change nothing on a mismatch,
/// and without it behave as they always did. The enumerated test takes its routes from the app's endpoint data.
/// </summary>
public sealed class PreconditionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_goal_read_sends_its_updated_at_as_a_strong_etag()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        using var response = await client.GetAsync(new Uri($"/api/{chain.Root}/goals/{chain.MidTerm}", UriKind.Relative), Ct);

        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal($"\"{(string)body["attributes"]!["updated_at"]!}\"", response.Headers.ETag?.ToString());
        Assert.False(response.Headers.ETag!.IsWeak);
    }

    [Fact]
    public async Task A_put_with_the_current_etag_applies_and_one_with_the_previous_etag_answers_412_and_changes_nothing()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var url = $"/api/{chain.Root}/goals/{chain.MidTerm}";
        var first = await ETagAsync(client, url);

        using var applied = await SendAsync(client, HttpMethod.Put, url, """{"name": "first edit"}""", first);
        using var stale = await SendAsync(client, HttpMethod.Put, url, """{"name": "second edit"}""", first);

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.PreconditionFailed, "The resource was changed since it was read; reload it and try again");
        var stored = await client.GetObjectAsync(url);
        Assert.Equal("first edit", (string?)stored["name"]);
        Assert.NotEqual(first, await ETagAsync(client, url));
    }

    [Theory]
    [InlineData("*", HttpStatusCode.OK)]
    [InlineData(null, HttpStatusCode.OK)]
    [InlineData("\"2000-01-01T00:00:00\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("current-as-weak", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"2000-01-01T00:00:00\", current", HttpStatusCode.OK)]
    [InlineData("not a tag", HttpStatusCode.BadRequest)]
    public async Task If_match_compares_strongly_and_any_listed_tag_or_a_star_matches(string? ifMatch, HttpStatusCode expected)
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var url = $"/api/{chain.Root}/goals/{chain.MidTerm}";
        var current = await ETagAsync(client, url);
        ifMatch = ifMatch?.Replace("current-as-weak", "W/" + current, StringComparison.Ordinal).Replace("current", current, StringComparison.Ordinal);

        using var response = await SendAsync(client, HttpMethod.Put, url, """{"name": "edited"}""", ifMatch);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? "edited" : "Mid", (string?)(await client.GetObjectAsync(url))["name"]);
    }

    [Fact]
    public async Task A_template_and_a_program_read_send_etags_their_writes_honour()
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();
        var template = await CreateTemplateAsync(client, root, "Morning");
        var program = (string)(await CreateProgramAsync(client, root, ProgramBody("Block plan", "2026-01-05", "2026-02-01")))["id"]!;
        var templateUrl = $"/api/{root}/session-templates/{template}";
        var programUrl = $"/api/{root}/programs/{program}";

        using var staleTemplate = await SendAsync(client, HttpMethod.Delete, templateUrl, null, "\"2000-01-01T00:00:00\"");
        using var staleProgram = await SendAsync(client, HttpMethod.Put, programUrl, ProgramBody("Renamed", "2026-01-05", "2026-02-01"), "\"2000-01-01T00:00:00\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleTemplate.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleProgram.StatusCode);

        using var deleted = await SendAsync(client, HttpMethod.Delete, templateUrl, null, await ETagAsync(client, templateUrl));
        using var renamed = await SendAsync(client, HttpMethod.Put, programUrl, ProgramBody("Renamed", "2026-01-05", "2026-02-01"), await ETagAsync(client, programUrl));
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Renamed", (string?)(await client.GetObjectAsync(programUrl))["name"]);
    }

    [Fact]
    public async Task Every_put_patch_and_delete_refuses_a_stale_if_match_and_changes_nothing()
    {
        var client = factory.CreateClient();
        var ids = await PopulatedFractalAsync(client);
        var before = await TableFingerprint.OfAsync(factory);
        var answers = new List<string>();
        var refused = 0;

        foreach (var (method, pattern, endpoint) in AppRoutes.Of(factory).Where(r => r.Method is "PUT" or "PATCH" or "DELETE"))
        {
            var path = "/" + pattern.TrimStart('/');
            foreach (var parameter in endpoint.RoutePattern.Parameters)
                path = path.Replace("{" + parameter.Name + "}", ids[parameter.Name], StringComparison.Ordinal);
            using var response = await SendAsync(client, new HttpMethod(method), path, method == "DELETE" ? null : "{}", "\"2000-01-01T00:00:00\"");
            if (response.StatusCode == HttpStatusCode.PreconditionFailed) refused++;
            // An invalid body or an unknown id answers as it would without the header (RFC 9110 §13.2.2); never a success.
            if (response.IsSuccessStatusCode || (int)response.StatusCode >= 500) answers.Add($"{method} {pattern}: {(int)response.StatusCode}");
        }

        Assert.True(answers.Count == 0, "Writes that ignored a stale If-Match:\n" + string.Join("\n", answers));
        Assert.True(refused >= 10, $"only {refused} writes reached their precondition");
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    // One of every resource a write route names, by the route parameter's name.
    private static async Task<Dictionary<string, string>> PopulatedFractalAsync(HttpClient client)
    {
        var chain = await client.CreateChainAsync();
        var root = chain.Root;
        var session = (string)(await CreateAsync(client, $"/api/{root}/sessions", $$"""{"name": "Morning", "parent_ids": ["{{chain.ShortTerm}}"]}"""))["id"]!;
        var group = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push"}"""))["id"]!;
        var activity = (string)(await CreateAsync(client, $"/api/{root}/activities", $$"""{"name": "Scales", "group_id": "{{group}}", "metrics": [{"name": "Reps", "unit": "count"}]}"""))["id"]!;
        var instance = (string)(await CreateAsync(client, $"/api/{root}/sessions/{session}/activities", $$"""{"activity_definition_id": "{{activity}}"}"""))["id"]!;
        var template = await CreateTemplateAsync(client, root, "Morning");
        var blockId = NewBlockId();
        var program = (string)(await CreateProgramAsync(client, root,
            ProgramBody("Plan", "2026-01-05", "2026-02-01", null, Block(blockId, "Base", "2026-01-05", "2026-02-01", ("monday", [template])))))["id"]!;
        var block = BlockOf(await GetProgramAsync(client, root, program), blockId);
        using var targets = await SendAsync(client, HttpMethod.Put, $"/api/{root}/goals/{chain.MidTerm}", """{"targets": [{"id": "t1"}]}""", null);
        Assert.Equal(HttpStatusCode.OK, targets.StatusCode);
        return new()
        {
            ["root_id"] = root, ["goal_id"] = chain.MidTerm, ["session_id"] = session, ["instance_id"] = instance, ["activity_id"] = activity,
            ["group_id"] = group, ["template_id"] = template, ["program_id"] = program, ["block_id"] = (string)block["id"]!,
            ["day_id"] = (string)DaysOf(block)[0]["id"]!, ["target_id"] = "t1",
        };
    }

    private static async Task<string> ETagAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"GET {url} sent no ETag");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? json, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request, Ct);
    }
}
