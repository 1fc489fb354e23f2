using System.Net;
using System.Text.Json.Nodes;
using FractalGoals.FunctionalTests.Goals;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

namespace FractalGoals.FunctionalTests.Persistence;

/// <summary>
/// Parallel requests updating the same goal and the same session (ADR 0020), on either provider: each answers 200
/// or 409 (never a 500 from a store error or a deadlock), at least one wins, and what is stored is exactly one
/// winner's whole write — its name and the updated_at its response carried — so no answered update was lost.
/// </summary>
public sealed class ConcurrentRequestsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int Requests = 8;

    [Fact]
    public async Task Parallel_updates_of_one_goal_answer_200_or_409_and_the_stored_goal_is_one_winners_write()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await AssertOneWinnerStoredAsync(client, $"/api/{chain.Root}/goals/{chain.MidTerm}",
            i => $$"""{"name": "goal writer {{i}}", "description": "by {{i}}"}""", HttpMethod.Put);
    }

    [Fact]
    public async Task Parallel_updates_of_one_session_answer_200_or_409_and_the_stored_session_is_one_winners_write()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var session = await factory.SessionAsync(chain.ShortTerm);

        await AssertOneWinnerStoredAsync(client, $"/api/{chain.Root}/sessions/{session}",
            i => $$$"""{"name": "session writer {{{i}}}", "description": "by {{{i}}}", "session_data": {"writer": {{{i}}}}}""", HttpMethod.Put,
            read: $"/api/{chain.Root}/goals/{session}");
    }

    private static async Task AssertOneWinnerStoredAsync(HttpClient client, string url, Func<int, string> body, HttpMethod method, string? read = null)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, Requests).Select(i => Task.Run(async () =>
        {
            var response = await client.SendJsonAsync(method, url, body(i));
            return (Writer: i, response.StatusCode, Body: response.IsSuccessStatusCode ? await response.ReadObjectAsync() : null);
        }, Ct)));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var winners = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToDictionary(r => (string)r.Body!["name"]!, r => r.Body!);
        Assert.NotEmpty(winners);
        var stored = await client.GetObjectAsync(read ?? url);
        var name = (string)stored["name"]!;
        Assert.True(winners.TryGetValue(name, out var winner), $"stored name '{name}' is not one of the answered writes");
        Assert.Equal((string?)winner["attributes"]!["updated_at"], (string?)stored["attributes"]!["updated_at"]);
        Assert.Equal((string?)winner["attributes"]!["description"], (string?)stored["attributes"]!["description"]);
    }
}
