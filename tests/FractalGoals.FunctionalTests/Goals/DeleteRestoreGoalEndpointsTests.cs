using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>
/// Contract #4 <c>DELETE /api/fractals/{root_id}</c>, #9 <c>DELETE /api/{root_id}/goals/{goal_id}</c> (soft, with
/// dependants) and the issue's <c>POST /api/{root_id}/goals/{goal_id}/restore</c>.
/// </summary>
public sealed class DeleteRestoreGoalEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Deleting_a_goal_hides_its_subtree_and_the_instances_of_its_sessions()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var session = await factory.SessionAsync(chain.ShortTerm);
        var rows = await factory.ActivityWithInstanceAsync(chain.Root, session, "inst-del-1");

        var response = await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{chain.MidTerm}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal("success", (string?)body["status"]);
        Assert.Equal("Goal deleted", (string?)body["message"]);
        var tree = await client.GetObjectAsync($"/api/{chain.Root}/goals");
        Assert.Equal([chain.Root, chain.LongTerm], Flatten(tree).Select(n => (string)n["id"]!));
        foreach (var gone in new[] { chain.MidTerm, chain.ShortTerm, session })
            await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{chain.Root}/goals/{gone}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Goal not found");
        Assert.Equal(new LiveRows(Group: true, Activity: true, Template: true, Instance: false), await factory.LiveAsync(rows));
    }

    [Fact]
    public async Task Deleting_twice_answers_404_the_second_time()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{chain.LongTerm}", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{chain.LongTerm}", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Goal not found");
    }

    [Fact]
    public async Task Deleting_a_goal_of_another_fractal_answers_404_and_deletes_nothing()
    {
        var client = factory.CreateClient();
        var mine = await client.CreateChainAsync();
        var other = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri($"/api/{mine.Root}/goals/{other.LongTerm}", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Goal not found");
        Assert.Equal(4, Flatten(await client.GetObjectAsync($"/api/{other.Root}/goals")).Count());
    }

    [Theory]
    [InlineData("1767200643898")]
    [InlineData("nope")]
    public async Task Deleting_under_an_unknown_fractal_or_an_unknown_goal_answers_404(string id)
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri($"/api/{id}/goals/{chain.LongTerm}", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{id}", UriKind.Relative), Ct),
            HttpStatusCode.NotFound, "Goal not found");
    }

    [Fact]
    public async Task Restoring_a_goal_brings_back_exactly_what_its_delete_hid()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var session = await factory.SessionAsync(chain.ShortTerm, """{"sections": [{"name": "A", "activity_ids": ["inst-res-1"]}]}""");
        var rows = await factory.ActivityWithInstanceAsync(chain.Root, session, "inst-res-1");
        var sibling = (string)(await client.CreateGoalAsync(chain.Root, chain.MidTerm, "ShortTermGoal", "Sibling"))["id"]!;
        await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{sibling}", UriKind.Relative), Ct);   // an earlier, separate delete
        await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{chain.MidTerm}", UriKind.Relative), Ct);

        var response = await client.PostAsync(new Uri($"/api/{chain.Root}/goals/{chain.MidTerm}/restore", UriKind.Relative), null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var restored = await response.ReadObjectAsync();
        Assert.Equal([chain.MidTerm, chain.ShortTerm, session], Flatten(restored).Select(n => (string)n["id"]!));
        var exercises = Flatten(restored).Single(n => (string?)n["id"] == session)["attributes"]!["session_data"]!["sections"]![0]!["exercises"]!.AsArray();
        Assert.Equal("inst-res-1", (string?)exercises.Single()!["instance_id"]);
        var tree = await client.GetObjectAsync($"/api/{chain.Root}/goals");
        Assert.Equal([chain.Root, chain.LongTerm, chain.MidTerm, chain.ShortTerm, session], Flatten(tree).Select(n => (string)n["id"]!));
        Assert.True((await factory.LiveAsync(rows)).Instance);
    }

    [Fact]
    public async Task Restoring_a_live_goal_answers_409()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.PostAsync(new Uri($"/api/{chain.Root}/goals/{chain.LongTerm}/restore", UriKind.Relative), null, Ct),
            HttpStatusCode.Conflict, "Goal is not deleted");
    }

    [Fact]
    public async Task Restoring_a_goal_whose_parent_is_deleted_answers_409_and_restores_nothing()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{chain.ShortTerm}", UriKind.Relative), Ct);
        await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{chain.LongTerm}", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(await client.PostAsync(new Uri($"/api/{chain.Root}/goals/{chain.ShortTerm}/restore", UriKind.Relative), null, Ct),
            HttpStatusCode.Conflict, "Restore the parent goal first");
        Assert.Equal([chain.Root], Flatten(await client.GetObjectAsync($"/api/{chain.Root}/goals")).Select(n => (string)n["id"]!));
    }

    [Fact]
    public async Task Restoring_an_unknown_goal_or_one_of_another_fractal_answers_404()
    {
        var client = factory.CreateClient();
        var mine = await client.CreateChainAsync();
        var other = await client.CreateChainAsync();
        await client.DeleteAsync(new Uri($"/api/{other.Root}/goals/{other.LongTerm}", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(await client.PostAsync(new Uri($"/api/{mine.Root}/goals/{other.LongTerm}/restore", UriKind.Relative), null, Ct),
            HttpStatusCode.NotFound, "Goal not found");
        await ProblemAssert.IsProblemAsync(await client.PostAsync(new Uri($"/api/{mine.Root}/goals/1767200643898/restore", UriKind.Relative), null, Ct),
            HttpStatusCode.NotFound, "Goal not found");
        await ProblemAssert.IsProblemAsync(await client.PostAsync(new Uri($"/api/1767200643898/goals/{mine.LongTerm}/restore", UriKind.Relative), null, Ct),
            HttpStatusCode.NotFound, "Fractal not found");
        Assert.Equal([other.Root], Flatten(await client.GetObjectAsync($"/api/{other.Root}/goals")).Select(n => (string)n["id"]!));
    }

    [Fact]
    public async Task Deleting_a_fractal_hides_it_with_its_activities_groups_templates_and_instances()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var session = await factory.SessionAsync(chain.ShortTerm);
        var rows = await factory.ActivityWithInstanceAsync(chain.Root, session, "inst-frac-1");

        var response = await client.DeleteAsync(new Uri($"/api/fractals/{chain.Root}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadObjectAsync();
        Assert.Equal("success", (string?)body["status"]);
        Assert.Equal("Fractal deleted", (string?)body["message"]);
        Assert.DoesNotContain(chain.Root, (await client.GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!.Select(f => (string)f!["id"]!));
        Assert.DoesNotContain(chain.Root, (await client.GetFromJsonAsync<JsonArray>("/api/goals", Ct))!.Select(f => (string)f!["id"]!));
        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{chain.Root}/goals", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Fractal not found");
        Assert.Equal(new LiveRows(false, false, false, false, Metric: false), await factory.LiveAsync(rows));
    }

    [Fact]
    public async Task A_deleted_fractal_can_be_restored_with_everything_its_delete_hid()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        var session = await factory.SessionAsync(chain.ShortTerm);
        var parentless = await factory.ParentlessSessionAsync(chain.Root);
        var rows = await factory.ActivityWithInstanceAsync(chain.Root, session, "inst-frac-2");
        await client.DeleteAsync(new Uri($"/api/{chain.Root}/goals/{chain.LongTerm}", UriKind.Relative), Ct);   // hidden earlier on its own
        await client.DeleteAsync(new Uri($"/api/fractals/{chain.Root}", UriKind.Relative), Ct);

        var response = await client.PostAsync(new Uri($"/api/{chain.Root}/goals/{chain.Root}/restore", UriKind.Relative), null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(chain.Root, (string?)(await response.ReadObjectAsync())["id"]);
        Assert.Equal([chain.Root], Flatten(await client.GetObjectAsync($"/api/{chain.Root}/goals")).Select(n => (string)n["id"]!));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/{chain.Root}/goals/{parentless}", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(new LiveRows(Group: true, Activity: true, Template: true, Instance: false), await factory.LiveAsync(rows));

        var again = await client.PostAsync(new Uri($"/api/{chain.Root}/goals/{chain.LongTerm}/restore", UriKind.Relative), null, Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await factory.LiveAsync(rows)).Instance);
    }

    [Fact]
    public async Task Inside_a_deleted_fractal_only_the_root_can_be_restored()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();
        await client.DeleteAsync(new Uri($"/api/fractals/{chain.Root}", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(await client.PostAsync(new Uri($"/api/{chain.Root}/goals/{chain.LongTerm}/restore", UriKind.Relative), null, Ct),
            HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task Deleting_a_goal_id_or_an_unknown_id_as_a_fractal_answers_404()
    {
        var client = factory.CreateClient();
        var chain = await client.CreateChainAsync();

        await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri($"/api/fractals/{chain.LongTerm}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri("/api/fractals/1767200643898", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Fractal not found");
        Assert.Equal(4, Flatten(await client.GetObjectAsync($"/api/{chain.Root}/goals")).Count());
    }

    [Fact]
    public async Task Deleting_a_fractal_twice_answers_404()
    {
        var client = factory.CreateClient();
        var root = await client.CreateFractalAsync();
        await client.DeleteAsync(new Uri($"/api/fractals/{root}", UriKind.Relative), Ct);

        await ProblemAssert.IsProblemAsync(await client.DeleteAsync(new Uri($"/api/fractals/{root}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Fractal not found");
    }
}
