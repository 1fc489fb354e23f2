using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>Contract §4.4 legacy routes: #13 create, #15 update, #16 delete (#11 and #12 are tested beside their scoped twins).</summary>
public sealed class LegacyGoalEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Legacy_create_answers_201_with_the_node_and_derives_the_root()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        var response = await client.PostAsJsonAsync("/api/goals",
            new { name = "Learn the E shape", type = "ShortTermGoal", parent_id = chain.MidTerm, deadline = "2026-03-01", completed = true }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var node = await response.ReadObjectAsync();
        Assert.Equal(["attributes", "children", "id", "name"], node.Select(p => p.Key).Order());
        Assert.Equal("2026-03-01T00:00:00", (string?)node["attributes"]!["deadline"]);
        Assert.True((bool)node["attributes"]!["completed"]!);
        Assert.Contains((string)node["id"]!, ChildIds(await client.GetObjectAsync($"/api/{chain.Root}/goals/{chain.MidTerm}")));
    }

    [Fact]
    public async Task Legacy_create_without_a_parent_starts_a_new_fractal()
    {
        var client = factory.CreateClient();

        var node = await (await client.PostAsJsonAsync("/api/goals", new { name = "New root", type = "LongTermGoal" }, Ct)).ReadObjectAsync();

        Assert.Contains((string)node["id"]!, (await client.GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!.Select(f => (string)f!["id"]!));
    }

    [Fact]
    public async Task Legacy_create_without_a_parent_refuses_a_type_that_cannot_root_a_fractal()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/goals", new { name = "Orphan", type = "MicroGoal" }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest,
            "Invalid root goal type. Must be one of: UltimateGoal, LongTermGoal, MidTermGoal, ShortTermGoal");
    }

    [Fact]
    public async Task Legacy_create_checks_the_parent_before_the_type_and_the_type_before_the_deadline()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/goals", new { name = "x", type = "Banana", parent_id = "nope", deadline = "bad" }, Ct),
            HttpStatusCode.NotFound, "Parent not found: nope");
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/goals", new { name = "x", type = "PracticeSession", parent_id = chain.ShortTerm, deadline = "bad" }, Ct),
            HttpStatusCode.BadRequest, "Invalid goal type: PracticeSession");
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/goals", new { name = "x", type = "MidTermGoal", parent_id = chain.LongTerm, deadline = "bad" }, Ct),
            HttpStatusCode.BadRequest, "Invalid deadline format. Use YYYY-MM-DD");
        Assert.Equal(4, Flatten(await client.GetObjectAsync($"/api/{chain.Root}/goals")).Count());
    }

    [Fact]
    public async Task Legacy_create_applies_the_next_level_rule()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/goals", new { name = "x", type = "NanoGoal", parent_id = chain.LongTerm }, Ct),
            HttpStatusCode.BadRequest, "A NanoGoal cannot be a child of a LongTermGoal");
    }

    [Fact]
    public async Task Legacy_create_without_a_name_answers_400()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/goals", new { type = "MidTermGoal", parent_id = chain.LongTerm }, Ct),
            HttpStatusCode.BadRequest, "Goal name is required");
    }

    [Fact]
    public async Task Legacy_update_applies_present_fields_and_answers_the_message()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/goals/{chain.MidTerm}", """{"description": "CAGED pathway", "deadline": "2026-03-31", "name": null}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal("success", (string?)body["status"]);
        Assert.Equal("Goal updated", (string?)body["message"]);
        var goal = await client.GetObjectAsync($"/api/{chain.Root}/goals/{chain.MidTerm}");
        Assert.Equal("Mid", (string?)goal["name"]);
        Assert.Equal("CAGED pathway", (string?)goal["attributes"]!["description"]);
        Assert.Equal("2026-03-31T00:00:00", (string?)goal["attributes"]!["deadline"]);
    }

    [Fact]
    public async Task Legacy_update_ignores_a_null_description()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.SendJsonAsync(HttpMethod.Put, $"/api/goals/{chain.MidTerm}", """{"description": "Keep"}""");

        await client.SendJsonAsync(HttpMethod.Put, $"/api/goals/{chain.MidTerm}", """{"description": null}""");

        Assert.Equal("Keep", (string?)(await client.GetObjectAsync($"/api/{chain.Root}/goals/{chain.MidTerm}"))["attributes"]!["description"]);
    }

    [Fact]
    public async Task Legacy_update_checks_the_deadline_before_looking_up_the_goal()
    {
        var client = factory.CreateClient();

        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Put, "/api/goals/nope", """{"deadline": "31/03/2026"}"""),
            HttpStatusCode.BadRequest, "Invalid deadline format. Use YYYY-MM-DD");
        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Put, "/api/goals/nope", """{"deadline": "2026-03-31"}"""),
            HttpStatusCode.NotFound, "Goal or session not found");
    }

    [Fact]
    public async Task Legacy_update_of_a_deleted_goal_answers_404()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{chain.MidTerm}", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(await client.SendJsonAsync(HttpMethod.Put, $"/api/goals/{chain.MidTerm}", """{"name": "x"}"""),
            HttpStatusCode.NotFound, "Goal or session not found");
    }

    [Fact]
    public async Task Legacy_delete_answers_Goal_deleted_for_a_child_and_Root_goal_deleted_for_a_root()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        var child = await (await client.DeleteAsync(new Uri($"/api/goals/{chain.MidTerm}", UriKind.Relative), Ct)).ReadObjectAsync();
        var root = await (await client.DeleteAsync(new Uri($"/api/goals/{chain.Root}", UriKind.Relative), Ct)).ReadObjectAsync();

        Assert.Equal("Goal deleted", (string?)child["message"]);
        Assert.Equal("Root goal deleted", (string?)root["message"]);
        Assert.DoesNotContain(chain.Root, (await client.GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!.Select(f => (string)f!["id"]!));
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("1767200643898")]
    public async Task Legacy_delete_of_an_unknown_goal_answers_404(string goalId)
    {
        await ProblemAssert.IsProblemAsync(await factory.CreateClient().DeleteAsync(new Uri($"/api/goals/{goalId}", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Goal or practice session not found");
    }
}
