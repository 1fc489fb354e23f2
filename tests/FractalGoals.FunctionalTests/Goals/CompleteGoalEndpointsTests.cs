using System.Net;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>Contract #10 (scoped to the fractal, the rule over Q-09) and #11 (global) completion toggles.</summary>
public sealed class CompleteGoalEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Completing_answers_success_with_the_goal_and_its_children_and_does_not_cascade()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/{chain.LongTerm}/complete", """{"completed": true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal("success", (string?)body["status"]);
        var goal = body["goal"]!.AsObject();
        Assert.True((bool)goal["attributes"]!["completed"]!);
        Assert.Equal([chain.LongTerm, chain.MidTerm, chain.ShortTerm], Flatten(goal).Select(n => (string)n["id"]!));
        var tree = await client.GetObjectAsync($"/api/{chain.Root}/goals");
        Assert.Equal([false, true, false, false], Flatten(tree).Select(n => (bool)n["attributes"]!["completed"]!));
    }

    [Fact]
    public async Task Missing_completed_means_false()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/{chain.MidTerm}/complete", """{"completed": true}""");

        var body = await (await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/{chain.MidTerm}/complete", "{}")).ReadObjectAsync();

        Assert.False((bool)body["goal"]!["attributes"]!["completed"]!);
    }

    [Fact]
    public async Task Setting_the_same_value_again_does_not_bump_updated_at()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var first = await (await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/{chain.MidTerm}/complete", """{"completed": true}""")).ReadObjectAsync();

        var second = await (await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/{chain.MidTerm}/complete", """{"completed": true}""")).ReadObjectAsync();

        Assert.Equal((string?)first["goal"]!["attributes"]!["updated_at"], (string?)second["goal"]!["attributes"]!["updated_at"]);
    }

    [Fact]
    public async Task A_session_is_completed_and_answered_as_a_session_node()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var session = await factory.SessionAsync(chain.ShortTerm);

        var body = await (await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/{session}/complete", """{"completed": true}""")).ReadObjectAsync();

        Assert.Equal("PracticeSession", (string?)body["goal"]!["attributes"]!["type"]);
        Assert.True((bool)body["goal"]!["attributes"]!["completed"]!);
    }

    [Fact]
    public async Task A_goal_of_another_fractal_answers_404_and_is_not_completed()
    {
        var client = factory.CreateClient();
        var mine = await client.CreateChainAsync();
        var other = await client.CreateChainAsync();

        var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/{mine.Root}/goals/{other.LongTerm}/complete", """{"completed": true}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Goal or practice session not found");
        Assert.False((bool)(await client.GetObjectAsync($"/api/{other.Root}/goals/{other.LongTerm}"))["attributes"]!["completed"]!);
    }

    [Fact]
    public async Task Unknown_fractal_or_goal_answer_404()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Patch, $"/api/1767200643898/goals/{chain.LongTerm}/complete", """{"completed": true}"""),
            HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/1767200643898/complete", """{"completed": true}"""),
            HttpStatusCode.NotFound, "Goal or practice session not found");
    }

    [Theory]
    [InlineData("""{"completed": "yes"}""")]
    [InlineData("""{"completed": 1}""")]
    [InlineData("""{"completed": """)]
    public async Task A_wrongly_typed_or_malformed_body_answers_400(string json)
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Patch, $"/api/{chain.Root}/goals/{chain.LongTerm}/complete", json), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_global_route_completes_any_live_goal()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        var response = await client.SendJsonAsync(HttpMethod.Patch, $"/api/goals/{chain.ShortTerm}/complete", """{"completed": true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool)(await response.ReadObjectAsync())["goal"]!["attributes"]!["completed"]!);
        Assert.True((bool)(await client.GetObjectAsync($"/api/{chain.Root}/goals/{chain.ShortTerm}"))["attributes"]!["completed"]!);
    }

    [Fact]
    public async Task The_global_route_answers_404_for_unknown_and_deleted_goals()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{chain.ShortTerm}", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Patch, "/api/goals/nope/complete", """{"completed": true}"""),
            HttpStatusCode.NotFound, "Goal or practice session not found");
        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Patch, $"/api/goals/{chain.ShortTerm}/complete", """{"completed": true}"""),
            HttpStatusCode.NotFound, "Goal or practice session not found");
    }
}
