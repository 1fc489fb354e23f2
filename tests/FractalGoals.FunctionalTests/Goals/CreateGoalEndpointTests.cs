using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>Contract #6 <c>POST /api/{root_id}/goals</c> with its required fixes .</summary>
public sealed class CreateGoalEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Create_answers_201_with_the_goal_node_without_children_and_a_midnight_deadline()
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();

        var response = await client.PostAsJsonAsync($"/api/{root}/goals",
            new { name = "Hold a tuck planche", description = "", deadline = "2026-03-31", type = "LongTermGoal", parent_id = root }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var node = await response.ReadObjectAsync();
        Assert.Equal(["attributes", "children", "id", "name"], node.Select(p => p.Key).Order());
        Assert.Empty(node["children"]!.AsArray());
        Assert.Equal("2026-03-31T00:00:00", (string?)node["attributes"]!["deadline"]);
        Assert.Equal("LongTermGoal", (string?)node["attributes"]!["type"]);
        Assert.False((bool)node["attributes"]!["completed"]!);
        Assert.Matches(NaiveDateTime(), (string?)node["attributes"]!["created_at"]);
        Assert.Equal([(string)node["id"]!], ChildIds(await client.GetObjectAsync($"/api/{root}/goals")));
    }

    [Theory]
    [InlineData("2026-03-31T00:00:00", "2026-03-31T00:00:00")]
    [InlineData("2026-03-31T18:30:00Z", "2026-03-31T00:00:00")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public async Task Deadline_accepts_a_date_or_an_iso_datetime_and_empty_means_none(string? deadline, string? expected)
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();

        var node = await client.CreateGoalAsync(root, root, "LongTermGoal", deadline: deadline);

        Assert.Equal(expected, (string?)node["attributes"]!["deadline"]);
    }

    [Theory]
    [InlineData("31/03/2026")]
    [InlineData("tomorrow")]
    [InlineData("2026-02-30")]
    public async Task A_garbage_deadline_answers_400(string deadline)
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();

        var response = await client.PostAsJsonAsync($"/api/{root}/goals", new { name = "x", type = "LongTermGoal", parent_id = root, deadline }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Invalid deadline format. Use YYYY-MM-DD");
    }

    [Theory]
    [InlineData("Banana")]
    [InlineData("PracticeSession")]
    [InlineData("longtermgoal")]
    [InlineData("2")]
    public async Task An_unknown_type_or_a_session_answers_400_Invalid_goal_type(string type)
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();

        var response = await client.PostAsJsonAsync($"/api/{root}/goals", new { name = "x", type, parent_id = root }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, $"Invalid goal type: {type}");
        Assert.Empty(ChildIds(await client.GetObjectAsync($"/api/{root}/goals")));
    }

    [Fact]
    public async Task Missing_type_answers_400_Goal_type_is_required()
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();

        var response = await client.PostAsJsonAsync($"/api/{root}/goals", new { name = "x", parent_id = root }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Goal type is required");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Missing_name_answers_400_Goal_name_is_required(string? name)
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();

        var response = await client.PostAsJsonAsync($"/api/{root}/goals", new { name, type = "LongTermGoal", parent_id = root }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Goal name is required");
    }

    [Fact]
    public async Task A_huge_name_answers_400()
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();

        var response = await client.PostAsJsonAsync($"/api/{root}/goals", new { name = new string('n', 100_000), type = "LongTermGoal", parent_id = root }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Missing_parent_answers_400_and_creates_no_new_fractal()
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();
        var fractals = (await client.GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!.Count;

        var response = await client.PostAsJsonAsync($"/api/{root}/goals", new { name = "x", type = "UltimateGoal" }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Parent goal is required");
        Assert.Equal(fractals, (await client.GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!.Count);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("1767200643898")]
    public async Task Unknown_parent_answers_404(string parentId)
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();

        var response = await client.PostAsJsonAsync($"/api/{root}/goals", new { name = "x", type = "LongTermGoal", parent_id = parentId }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, $"Parent not found: {parentId}");
    }

    [Fact]
    public async Task Parent_of_another_fractal_answers_404_and_changes_nothing()
    {
        var client = factory.CreateClient();
        var mine = await client.CreateFractalAsync();
        var other = await client.CreateFractalAsync();

        var response = await client.PostAsJsonAsync($"/api/{mine}/goals", new { name = "x", type = "LongTermGoal", parent_id = other }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, $"Parent not found: {other}");
        Assert.Empty(ChildIds(await client.GetObjectAsync($"/api/{other}/goals")));
        Assert.Empty(ChildIds(await client.GetObjectAsync($"/api/{mine}/goals")));
    }

    [Fact]
    public async Task Deleted_parent_answers_404()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{chain.MidTerm}", UriKind.Relative), Ct)).StatusCode);

        var response = await client.PostAsJsonAsync($"/api/{chain.Root}/goals", new { name = "x", type = "ShortTermGoal", parent_id = chain.MidTerm }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, $"Parent not found: {chain.MidTerm}");
    }

    [Theory]
    [InlineData("ShortTermGoal")]
    [InlineData("UltimateGoal")]
    [InlineData("LongTermGoal")]
    public async Task A_type_that_is_not_the_next_level_answers_400(string type)
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        var response = await client.PostAsJsonAsync($"/api/{chain.Root}/goals", new { name = "x", type, parent_id = chain.LongTerm }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, $"A {type} cannot be a child of a LongTermGoal");
    }

    [Fact]
    public async Task An_immediate_goal_can_be_created_under_a_session_of_the_fractal()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var session = await factory.SessionAsync(chain.ShortTerm);

        var node = await client.CreateGoalAsync(chain.Root, session, "ImmediateGoal", "Tuck holds");

        var sessionNode = await client.GetObjectAsync($"/api/{chain.Root}/goals/{session}");
        Assert.Equal([(string)node["id"]!], ChildIds(sessionNode));
    }

    [Fact]
    public async Task Create_under_an_unknown_fractal_answers_404_Fractal_not_found()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/1767200643898/goals",
            new { name = "x", type = "LongTermGoal", parent_id = "1767200643898" }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Fractal not found");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"name": "", "type": "Banana", "deadline": "soon"}""")]
    public async Task The_root_check_answers_before_the_body_is_validated(string json)
    {
        var response = await factory.CreateClient().SendJsonAsync(HttpMethod.Post, "/api/1767200643898/goals", json);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Fractal not found");
    }

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("{\"name\": 42, \"type\": \"LongTermGoal\"}")]
    [InlineData("{\"name\": \"x\", \"type\": \"LongTermGoal\", \"deadline\": 20260101}")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    public async Task Malformed_or_wrongly_typed_bodies_answer_400(string json)
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();

        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/{root}/goals", json);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
