using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>Contract #5 <c>GET /api/{root_id}/goals</c> and #7 <c>GET /api/{root_id}/goals/{goal_id}</c>.</summary>
public sealed class GoalReadEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Tree_is_the_root_with_every_level_below_it_as_goal_nodes()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        var tree = await client.GetObjectAsync($"/api/{chain.Root}/goals");

        Assert.Equal(chain.Root, (string?)tree["id"]);
        Assert.Equal(["attributes", "children", "id", "name"], tree.Select(p => p.Key).Order());
        var attributes = tree["attributes"]!.AsObject();
        Assert.Equal(["completed", "created_at", "deadline", "description", "id", "parent_id", "root_id", "targets", "type", "updated_at"], attributes.Select(p => p.Key).Order());
        Assert.Equal((null, chain.Root), ((string?)attributes["parent_id"], (string?)attributes["root_id"]));
        Assert.Equal("UltimateGoal", (string?)attributes["type"]);
        Assert.Null(attributes["deadline"]);
        Assert.Empty(attributes["targets"]!.AsArray());
        Assert.Matches(NaiveDateTime(), (string?)attributes["created_at"]);
        Assert.Equal([chain.Root, chain.LongTerm, chain.MidTerm, chain.ShortTerm], Flatten(tree).Select(n => (string)n["id"]!));
    }

    [Fact]
    public async Task Children_are_listed_in_creation_order()
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();
        var first = (string)(await client.CreateGoalAsync(root, root, "LongTermGoal", "B first"))["id"]!;
        var second = (string)(await client.CreateGoalAsync(root, root, "LongTermGoal", "A second"))["id"]!;

        var tree = await client.GetObjectAsync($"/api/{root}/goals");

        Assert.Equal([first, second], ChildIds(tree));
    }

    [Fact]
    public async Task Sessions_under_a_short_term_goal_appear_as_session_nodes_with_hydrated_data()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var session = await factory.SessionAsync(chain.ShortTerm,
            """{"sections": [{"name": "Warm Up", "activity_ids": ["inst-tree-1", "unknown"], "exercises": ["stale"]}, {"name": "Legacy", "exercises": [1]}]}""");
        await factory.ActivityWithInstanceAsync(chain.Root, session, "inst-tree-1");

        var tree = await client.GetObjectAsync($"/api/{chain.Root}/goals");

        var node = Flatten(tree).Single(n => (string?)n["id"] == session);
        var attributes = node["attributes"]!.AsObject();
        Assert.Equal("PracticeSession", (string?)attributes["type"]);
        Assert.Equal([chain.ShortTerm], attributes["parent_ids"]!.AsArray().Select(p => (string)p!));
        var sections = attributes["session_data"]!["sections"]!.AsArray();
        var exercise = sections[0]!["exercises"]!.AsArray().Single()!;
        Assert.Equal("inst-tree-1", (string?)exercise["instance_id"]);
        Assert.Equal("Scales", (string?)exercise["name"]);
        Assert.Equal("activity", (string?)exercise["type"]);
        Assert.Equal(1, (int?)sections[1]!["exercises"]![0]);   // a section without activity_ids is returned as stored
    }

    [Fact]
    public async Task Parentless_sessions_do_not_appear_in_the_tree()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var parentless = await factory.ParentlessSessionAsync(chain.Root);

        var tree = await client.GetObjectAsync($"/api/{chain.Root}/goals");

        Assert.DoesNotContain(parentless, Flatten(tree).Select(n => (string)n["id"]!));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/{chain.Root}/goals/{parentless}", UriKind.Relative), Ct)).StatusCode);
    }

    [Theory]
    [InlineData("1767200643898")]
    [InlineData("00000000-0000-4000-8000-000000000000")]
    [InlineData("%20padded%20")]
    public async Task Tree_of_an_unknown_fractal_answers_404(string rootId)
    {
        var response = await factory.CreateClient().GetAsync(new Uri($"/api/{rootId}/goals", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task Tree_of_a_goal_that_is_not_a_root_answers_404()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{chain.MidTerm}/goals", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task Tree_of_a_parentless_session_answers_404()
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();
        var parentless = await factory.ParentlessSessionAsync(root);

        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{parentless}/goals", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task Get_goal_answers_the_goal_with_its_subtree()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        var node = await client.GetObjectAsync($"/api/{chain.Root}/goals/{chain.LongTerm}");

        Assert.Equal("LongTermGoal", (string?)node["attributes"]!["type"]);
        Assert.Equal([chain.LongTerm, chain.MidTerm, chain.ShortTerm], Flatten(node).Select(n => (string)n["id"]!));
    }

    [Fact]
    public async Task Get_goal_of_another_fractal_answers_404_Goal_not_found()
    {
        var client = factory.CreateClient();
        var mine = await client.CreateChainAsync();
        var other = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{mine.Root}/goals/{other.LongTerm}", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Goal not found");
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("1767200643898")]
    public async Task Get_unknown_goal_answers_404_Goal_not_found(string goalId)
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();

        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/goals/{goalId}", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Goal not found");
    }

    [Fact]
    public async Task Get_goal_under_an_unknown_fractal_answers_404_Fractal_not_found()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/1767200643898/goals/{chain.LongTerm}", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task Legacy_list_holds_every_fractal_as_a_tree_in_creation_order()
    {
        var client = factory.CreateClient();
        var first = await client.CreateChainAsync();
        var second = await client.CreateFractalAsync();

        var list = (await client.GetFromJsonAsync<JsonArray>("/api/goals", Ct))!;

        var ids = list.Select(n => (string)n!["id"]!).ToList();
        Assert.True(ids.IndexOf(first.Root) < ids.IndexOf(second));
        var tree = list.Single(n => (string?)n!["id"] == first.Root)!.AsObject();
        Assert.Equal([first.Root, first.LongTerm, first.MidTerm, first.ShortTerm], Flatten(tree).Select(n => (string)n["id"]!));
        var fractals = (await client.GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!;
        Assert.Equal(fractals.Select(f => (string)f!["id"]!), ids);
    }
}
