using System.Net;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>Contract #8 <c>PUT /api/{root_id}/goals/{goal_id}</c>: absent vs null per field, Q-02 deadline echo, Q-10 scoping.</summary>
public sealed class UpdateGoalEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Update_sets_the_present_fields_and_answers_the_node_without_children()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.MidTerm}", """
            {"name": "Renamed", "description": "Why", "deadline": "2026-01-17",
             "targets": [{"id": "t1", "activity_id": "a1", "name": "80%", "description": "", "metrics": [{"metric_id": "m1", "value": "15"}], "extra": {"kept": true}}]}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var node = await response.ReadObjectAsync();
        Assert.Equal("Renamed", (string?)node["name"]);
        Assert.Empty(node["children"]!.AsArray());
        var attributes = node["attributes"]!;
        Assert.Equal("Why", (string?)attributes["description"]);
        Assert.Equal("2026-01-17T00:00:00", (string?)attributes["deadline"]);
        var target = attributes["targets"]![0]!;
        Assert.Equal("15", (string?)target["metrics"]![0]!["value"]);   // stored verbatim, a string stays a string
        Assert.True((bool)target["extra"]!["kept"]!);
        var reread = await client.GetObjectAsync($"/api/{chain.Root}/goals/{chain.MidTerm}");
        Assert.Equal("Renamed", (string?)reread["name"]);
        Assert.Single(reread["children"]!.AsArray());
    }

    [Fact]
    public async Task Absent_fields_are_left_alone()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.LongTerm}", """{"description": "Keep", "deadline": "2026-05-01", "targets": [{"id": "t"}]}""");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.LongTerm}", """{"name": "Only the name"}""");

        var attributes = (await response.ReadObjectAsync())["attributes"]!;
        Assert.Equal("Keep", (string?)attributes["description"]);
        Assert.Equal("2026-05-01T00:00:00", (string?)attributes["deadline"]);
        Assert.Single(attributes["targets"]!.AsArray());
    }

    [Fact]
    public async Task Null_deadline_and_targets_clear_them_and_a_null_name_is_ignored()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.LongTerm}", """{"deadline": "2026-05-01", "targets": [{"id": "t"}]}""");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.LongTerm}", """{"name": null, "deadline": null, "targets": null}""");

        var node = await response.ReadObjectAsync();
        Assert.Equal("Long", (string?)node["name"]);
        Assert.Null(node["attributes"]!["deadline"]);
        Assert.Empty(node["attributes"]!["targets"]!.AsArray());
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("[]")]
    public async Task Empty_deadline_or_targets_clear_them(string empty)
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.LongTerm}", """{"deadline": "2026-05-01", "targets": [{"id": "t"}]}""");

        var field = empty == "[]" ? "targets" : "deadline";
        var node = await (await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.LongTerm}", $$"""{"{{field}}": {{empty}}}""")).ReadObjectAsync();

        if (field == "targets") Assert.Empty(node["attributes"]!["targets"]!.AsArray());
        else Assert.Null(node["attributes"]!["deadline"]);
    }

    [Fact]
    public async Task The_emitted_midnight_deadline_can_be_sent_back_unchanged()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var first = await (await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.LongTerm}", """{"deadline": "2026-01-17"}""")).ReadObjectAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.LongTerm}",
            $$"""{"name": "Long", "deadline": "{{(string)first["attributes"]!["deadline"]!}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var node = await response.ReadObjectAsync();
        Assert.Equal("2026-01-17T00:00:00", (string?)node["attributes"]!["deadline"]);
        Assert.Equal((string?)first["attributes"]!["updated_at"], (string?)node["attributes"]!["updated_at"]);   // nothing changed, nothing bumped
    }

    [Theory]
    [InlineData("""{"deadline": "17/01/2026"}""", "Invalid deadline format. Use YYYY-MM-DD")]
    [InlineData("""{"deadline": 5}""", "Invalid deadline format. Use YYYY-MM-DD")]
    [InlineData("""{"targets": {"id": "t"}}""", "Targets must be a JSON array")]
    [InlineData("""{"targets": "[]"}""", "Targets must be a JSON array")]
    [InlineData("""{"name": ""}""", "Goal name is required")]
    [InlineData("""{"name": 42}""", "Name must be a string")]
    [InlineData("""{"description": false}""", "Description must be a string")]
    public async Task Invalid_fields_answer_400_and_change_nothing(string json, string error)
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var before = await client.GetObjectAsync($"/api/{chain.Root}/goals/{chain.LongTerm}");

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.LongTerm}", json);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, error);
        Assert.Equal(before.ToJsonString(), (await client.GetObjectAsync($"/api/{chain.Root}/goals/{chain.LongTerm}")).ToJsonString());
    }

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("[1]")]
    [InlineData("null")]
    public async Task Malformed_bodies_answer_400(string json)
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.LongTerm}", json), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_fractal_or_goal_answer_404_before_the_body_is_validated()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Put, $"/api/1767200643898/goals/{chain.LongTerm}", """{"deadline": "soon"}"""),
            HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/nope", """{"deadline": "soon"}"""),
            HttpStatusCode.NotFound, "Goal not found");
    }

    [Fact]
    public async Task A_huge_name_answers_400()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{chain.LongTerm}", $$"""{"name": "{{new string('n', 50_000)}}"}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Goal_of_another_fractal_answers_404_and_is_not_changed()
    {
        var client = factory.CreateClient();
        var mine = await client.CreateChainAsync();
        var other = await client.CreateChainAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/{mine.Root}/goals/{other.LongTerm}", """{"name": "Hijacked"}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Goal not found");
        Assert.Equal("Long", (string?)(await client.GetObjectAsync($"/api/{other.Root}/goals/{other.LongTerm}"))["name"]);
    }

    [Fact]
    public async Task Unknown_fractal_or_goal_answer_404()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Put, $"/api/1767200643898/goals/{chain.LongTerm}", "{}"),
            HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/1767200643898", "{}"),
            HttpStatusCode.NotFound, "Goal not found");
    }

    [Fact]
    public async Task A_session_is_answered_as_a_session_node()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var session = await factory.SessionAsync(chain.ShortTerm, """{"sections": []}""");

        var node = await (await client.SendJsonAsync(HttpMethod.Put, $"/api/{chain.Root}/goals/{session}", """{"description": "Evening"}""")).ReadObjectAsync();

        var attributes = node["attributes"]!.AsObject();
        Assert.Equal("PracticeSession", (string?)attributes["type"]);
        Assert.Equal("Evening", (string?)attributes["description"]);
        Assert.Equal([chain.ShortTerm], attributes["parent_ids"]!.AsArray().Select(p => (string)p!));
        Assert.NotNull(attributes["session_data"]);
    }
}
