using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Sessions.SessionTestData;

namespace FractalGoals.FunctionalTests.Sessions;

/// <summary>
/// Optional <c>limit</c>/<c>offset</c> on the session lists (ADR 0030, docs/paging.md): absent, the contract's whole
/// list; present, a slice of that same list in its documented order, with the whole list's length in X-Total-Count.
/// </summary>
public sealed class SessionPagingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int Sessions = 7;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("limit=3", 0, 3)]
    [InlineData("limit=3&offset=2", 2, 3)]
    [InlineData("offset=5", 5, Sessions - 5)]
    [InlineData("offset=5&limit=500", 5, Sessions - 5)]
    [InlineData("limit=0", 0, 0)]
    [InlineData("offset=7", 7, 0)]
    [InlineData("offset=70&limit=2", 70, 0)]
    public async Task A_page_of_a_fractal_s_sessions_is_that_slice_of_the_whole_list_with_its_total(string query, int skip, int count)
    {
        var (client, root) = await FractalWithSessionsAsync();
        var whole = await client.GetStringAsync(new Uri($"/api/{root}/sessions", UriKind.Relative), Ct);

        var response = await client.GetAsync(new Uri($"/api/{root}/sessions?{query}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Sessions.ToString(System.Globalization.CultureInfo.InvariantCulture)], response.Headers.GetValues("X-Total-Count"));
        var expected = JsonNode.Parse(whole)!.AsArray().Skip(skip).Take(count).Select(n => n!.ToJsonString());
        Assert.Equal(expected, (await response.Content.ReadFromJsonAsync<JsonArray>(Ct))!.Select(n => n!.ToJsonString()));
    }

    [Fact]
    public async Task Without_paging_parameters_the_list_is_whole_and_carries_no_total()
    {
        var (client, root) = await FractalWithSessionsAsync();

        var response = await client.GetAsync(new Uri($"/api/{root}/sessions", UriKind.Relative), Ct);

        Assert.False(response.Headers.Contains("X-Total-Count"));
        Assert.Equal(Sessions, (await response.Content.ReadFromJsonAsync<JsonArray>(Ct))!.Count);
    }

    [Fact]
    public async Task Pages_walk_the_whole_list_newest_first_without_gaps_or_repeats()
    {
        var (client, root) = await FractalWithSessionsAsync();
        var whole = (await SessionsAsync(client, root)).Select(n => (string)n!["id"]!).ToList();

        var walked = new List<string>();
        for (var offset = 0; offset < Sessions; offset += 3)
            walked.AddRange((await client.GetFromJsonAsync<JsonArray>($"/api/{root}/sessions?limit=3&offset={offset}", Ct))!.Select(n => (string)n!["id"]!));

        Assert.Equal(whole, walked);
    }

    [Fact]
    public async Task A_page_of_every_practice_session_is_that_slice_of_the_global_list()
    {
        var (client, _) = await FractalWithSessionsAsync();
        var whole = (await client.GetFromJsonAsync<JsonArray>("/api/practice-sessions", Ct))!;

        var response = await client.GetAsync(new Uri("/api/practice-sessions?limit=2&offset=1", UriKind.Relative), Ct);

        Assert.Equal([whole.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], response.Headers.GetValues("X-Total-Count"));
        Assert.Equal(whole.Skip(1).Take(2).Select(n => n!.ToJsonString()), (await response.Content.ReadFromJsonAsync<JsonArray>(Ct))!.Select(n => n!.ToJsonString()));
    }

    [Theory]
    [InlineData("limit=-1", "limit must be an integer from 0 to 500")]
    [InlineData("limit=501", "limit must be an integer from 0 to 500")]
    [InlineData("limit=abc", "limit must be an integer from 0 to 500")]
    [InlineData("limit=2.5", "limit must be an integer from 0 to 500")]
    [InlineData("limit=", "limit must be an integer from 0 to 500")]
    [InlineData("limit=%2B3", "limit must be an integer from 0 to 500")]
    [InlineData("limit=99999999999", "limit must be an integer from 0 to 500")]
    [InlineData("offset=-3", "offset must be a non-negative integer")]
    [InlineData("limit=2&offset=x", "offset must be a non-negative integer")]
    public async Task Invalid_paging_answers_400_problem_details(string query, string message)
    {
        var (client, root) = await FractalWithSessionsAsync(sessions: 1);

        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/sessions?{query}", UriKind.Relative), Ct), HttpStatusCode.BadRequest, message);
        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/practice-sessions?{query}", UriKind.Relative), Ct), HttpStatusCode.BadRequest, message);
    }

    [Fact]
    public async Task A_page_of_an_unknown_fractal_is_still_not_found()
    {
        await ProblemAssert.IsProblemAsync(await factory.CreateClient().GetAsync(new Uri("/api/nope/sessions?limit=2", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Fractal not found");
    }

    // Sessions with instances (hydrated exercises), one parentless, created a little apart so the order is by time.
    private async Task<(HttpClient Client, string Root)> FractalWithSessionsAsync(int sessions = Sessions)
    {
        var client = factory.CreateClient();
        var fractal = await FractalAsync(factory);
        var activity = await ActivityAsync(factory, fractal.RootId);
        for (var i = 0; i < sessions; i++)
        {
            var parents = i == 3 ? Array.Empty<string>() : [fractal.ShortTermGoalIds[i % 2]];
            var session = await CreateSessionAsync(client, fractal.RootId, new { name = $"S{i}", parent_ids = parents });
            var instance = await AddInstanceAsync(client, fractal.RootId, (string)session["id"]!, new { activity_definition_id = activity.Id });
            var data = new JsonObject { ["sections"] = new JsonArray(new JsonObject { ["name"] = "Main", ["activity_ids"] = new JsonArray((string)instance["id"]!) }) };
            var update = await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{session["id"]}", new { session_data = data.ToJsonString() }, Ct);
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        }
        return (client, fractal.RootId);
    }
}
