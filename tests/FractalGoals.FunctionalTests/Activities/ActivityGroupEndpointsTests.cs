using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;

namespace FractalGoals.FunctionalTests.Activities;

public sealed partial class ActivityGroupEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_new_fractal_has_no_groups()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        Assert.Empty(await GetArrayAsync(client, $"/api/{root}/activity-groups"));
    }

    [Fact]
    public async Task Create_answers_201_with_the_group_shape_and_sort_orders_counting_from_one()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        var push = await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push", "description": "Pushing"}""");
        var pull = await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Pull"}""");

        Assert.Equal(["created_at", "description", "id", "name", "root_id", "sort_order"], push.Select(p => p.Key).Order());
        Assert.Equal(root, (string?)push["root_id"]);
        Assert.Equal("Push", (string?)push["name"]);
        Assert.Equal("Pushing", (string?)push["description"]);
        Assert.Equal(1, (int?)push["sort_order"]);   // Q-20 reproduced: the first group gets 1
        Assert.Matches(NaiveDateTime(), (string?)push["created_at"]);
        Assert.Equal("", (string?)pull["description"]);
        Assert.Equal(2, (int?)pull["sort_order"]);
        Assert.Equal(["Push", "Pull"], Strings(await GetArrayAsync(client, $"/api/{root}/activity-groups"), "name"));
    }

    [Theory]
    [InlineData("""{"description": "no name"}""")]
    [InlineData("""{"name": ""}""")]
    [InlineData("""{"name": "   "}""")]
    [InlineData("""{"name": null}""")]
    public async Task Create_without_a_name_answers_400_Name_is_required_and_creates_nothing(string body)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/activity-groups", body), HttpStatusCode.BadRequest, "Name is required");

        Assert.Empty(await GetArrayAsync(client, $"/api/{root}/activity-groups"));
    }

    [Theory]
    [InlineData("""{"name": 42}""")]
    [InlineData("""{"name": "x", "description": ["a"]}""")]
    [InlineData("""{"name": """)]
    [InlineData("""[{"name": "x"}]""")]
    public async Task Create_with_malformed_or_wrongly_typed_json_answers_400(string body)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/activity-groups", body), HttpStatusCode.BadRequest, "Invalid JSON body");
    }

    [Fact]
    public async Task A_huge_name_answers_400_not_500()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        var response = await PostAsync(client, $"/api/{root}/activity-groups", $$"""{"name": "{{new string('x', 100_000)}}"}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Name must be at most 200 characters");
    }

    [Theory]
    [InlineData("2c848745-856e-4e3a-8b05-ebdd206de496")]
    [InlineData("1767200643898")]
    public async Task Unknown_fractal_answers_404_Fractal_not_found_on_every_group_route(string root)
    {
        var client = factory.CreateClient();

        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/activity-groups", UriKind.Relative), TestContext.Current.CancellationToken),
            HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/activity-groups", """{"name": "x"}"""), HttpStatusCode.NotFound, "Fractal not found");
        // The legacy reorder, update and delete did no root check; the gate answers first, before validation (ADR 0036).
        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/activity-groups/reorder", "{}"), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/activity-groups/abc", """{"name": "x"}"""), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, $"/api/{root}/activity-groups/abc"), HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task A_session_is_not_a_fractal_for_groups()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var group = await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push"}""");

        // A group id is not a goal: the root check refuses it (and it lists nothing).
        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{group["id"]}/activity-groups", UriKind.Relative), TestContext.Current.CancellationToken),
            HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task Reorder_numbers_the_groups_from_zero_in_the_given_order_and_the_list_follows()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var a = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "A"}"""))["id"]!;
        var b = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "B"}"""))["id"]!;
        var c = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "C"}"""))["id"]!;

        var response = await PutAsync(client, $"/api/{root}/activity-groups/reorder", $$"""{"group_ids": ["{{c}}", "nope", "{{a}}", "{{b}}"]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"message":"Groups reordered"}""", (await ReadObjectAsync(response)).ToJsonString());
        var list = await GetArrayAsync(client, $"/api/{root}/activity-groups");
        Assert.Equal(["C", "A", "B"], Strings(list, "name"));
        Assert.Equal([0, 1, 2], list.Select(g => (int?)g!["sort_order"]));
    }

    [Fact]
    public async Task Reorder_ignores_groups_of_another_fractal_and_leaves_them_unchanged()
    {
        var client = factory.CreateClient();
        var mine = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Other");
        var x = (string)(await CreateAsync(client, $"/api/{other}/activity-groups", """{"name": "X"}"""))["id"]!;
        var y = (string)(await CreateAsync(client, $"/api/{other}/activity-groups", """{"name": "Y"}"""))["id"]!;

        var response = await PutAsync(client, $"/api/{mine}/activity-groups/reorder", $$"""{"group_ids": ["{{y}}", "{{x}}"]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var theirs = await GetArrayAsync(client, $"/api/{other}/activity-groups");
        Assert.Equal(["X", "Y"], Strings(theirs, "name"));
        Assert.Equal([1, 2], theirs.Select(g => (int?)g!["sort_order"]));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"group_ids": []}""")]
    [InlineData("""{"group_ids": null}""")]
    public async Task Reorder_without_ids_answers_400_No_group_ids_provided(string body)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/activity-groups/reorder", body), HttpStatusCode.BadRequest, "No group_ids provided");
    }

    [Fact]
    public async Task Reorder_with_a_wrongly_typed_list_answers_400()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/activity-groups/reorder", """{"group_ids": "abc"}"""), HttpStatusCode.BadRequest, "Invalid JSON body");
    }

    [Fact]
    public async Task Update_applies_present_fields_only_and_answers_the_group()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var push = await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push", "description": "Pushing"}""");
        var url = $"/api/{root}/activity-groups/{push["id"]}";

        var renamed = await ReadObjectAsync(await PutAsync(client, url, """{"name": "Push (edited)"}"""));
        Assert.Equal("Push (edited)", (string?)renamed["name"]);
        Assert.Equal("Pushing", (string?)renamed["description"]);
        Assert.Equal(push["created_at"]!.ToJsonString(), renamed["created_at"]!.ToJsonString());
        Assert.Equal(1, (int?)renamed["sort_order"]);

        var described = await ReadObjectAsync(await PutAsync(client, url, """{"description": null, "name": null}"""));
        Assert.Equal("", (string?)described["description"]);   // null description stored as "" (Q-35)
        Assert.Equal("Push (edited)", (string?)described["name"]);   // null name ignored (Q-35)
        Assert.Equal("Push (edited)", Strings(await GetArrayAsync(client, $"/api/{root}/activity-groups"), "name").Single());
    }

    [Theory]
    [InlineData("""{"name": ""}""", "Name is required")]
    [InlineData("""{"name": 42}""", "Invalid JSON body")]
    [InlineData("""{"name": """, "Invalid JSON body")]
    [InlineData("[]", "Invalid JSON body")]
    public async Task Update_with_a_bad_body_answers_400_and_changes_nothing(string body, string error)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var push = await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push"}""");

        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/activity-groups/{push["id"]}", body), HttpStatusCode.BadRequest, error);

        Assert.Equal("Push", Strings(await GetArrayAsync(client, $"/api/{root}/activity-groups"), "name").Single());
    }

    [Fact]
    public async Task Update_and_delete_of_another_fractals_group_answer_404_and_change_nothing()
    {
        var client = factory.CreateClient();
        var mine = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Other");
        var theirs = await CreateAsync(client, $"/api/{other}/activity-groups", """{"name": "Theirs"}""");

        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{mine}/activity-groups/{theirs["id"]}", """{"name": "Mine now"}"""),
            HttpStatusCode.NotFound, "Group not found");
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, $"/api/{mine}/activity-groups/{theirs["id"]}"), HttpStatusCode.NotFound, "Group not found");

        Assert.Equal("Theirs", Strings(await GetArrayAsync(client, $"/api/{other}/activity-groups"), "name").Single());
    }

    [Theory]
    [InlineData("1767200643898")]
    [InlineData("reorder")]
    [InlineData("8cc03180-939d-4fd5-b4b6-b885c6d9481e")]
    public async Task Unknown_group_ids_answer_404_Group_not_found(string groupId)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, $"/api/{root}/activity-groups/{groupId}"), HttpStatusCode.NotFound, "Group not found");
        if (groupId != "reorder")
            await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/activity-groups/{groupId}", """{"name": "x"}"""), HttpStatusCode.NotFound, "Group not found");
    }

    [Fact]
    public async Task Delete_hides_the_group_and_ungroups_its_activities()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var push = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push"}"""))["id"]!;
        await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Pull"}""");
        var activity = await CreateAsync(client, $"/api/{root}/activities", $$"""{"name": "Dips", "group_id": "{{push}}"}""");
        Assert.Equal(push, (string?)activity["group_id"]);

        var response = await DeleteAsync(client, $"/api/{root}/activity-groups/{push}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"message":"Group deleted"}""", (await ReadObjectAsync(response)).ToJsonString());
        Assert.Equal(["Pull"], Strings(await GetArrayAsync(client, $"/api/{root}/activity-groups"), "name"));
        var dips = (await GetArrayAsync(client, $"/api/{root}/activities")).Single()!;
        Assert.Null((string?)dips["group_id"]);
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, $"/api/{root}/activity-groups/{push}"), HttpStatusCode.NotFound, "Group not found");
        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/activity-groups/{push}", """{"name": "back"}"""), HttpStatusCode.NotFound, "Group not found");
    }

    [Fact]
    public async Task Non_json_bodies_answer_415_on_create_update_and_reorder()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var push = await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push"}""");
        var ct = TestContext.Current.CancellationToken;

        foreach (var (method, url) in new[] { (HttpMethod.Post, $"/api/{root}/activity-groups"), (HttpMethod.Put, $"/api/{root}/activity-groups/{push["id"]}"),
                     (HttpMethod.Put, $"/api/{root}/activity-groups/reorder") })
        {
            using var request = new HttpRequestMessage(method, url) { Content = new StringContent("name=x", System.Text.Encoding.UTF8, "text/plain") };
            await ProblemAssert.IsProblemAsync(await client.SendAsync(request, ct), HttpStatusCode.UnsupportedMediaType);
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$")]
    private static partial Regex NaiveDateTime();
}
