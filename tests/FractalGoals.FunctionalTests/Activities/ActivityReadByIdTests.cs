using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;

namespace FractalGoals.FunctionalTests.Activities;

/// <summary>
/// Issue 15.1 (ADR 0049): <c>GET /api/{root_id}/activities/{activity_id}</c> and
/// <c>GET /api/{root_id}/activity-groups/{group_id}</c> answer one element exactly as their lists show it.
/// </summary>
public sealed class ActivityReadByIdTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Builder = """
        {"name": "Single Leg Squat", "description": "Slow", "has_sets": true, "has_splits": true,
         "metrics": [{"name": "Reps", "unit": "Count"}, {"name": "Load", "unit": "kg", "is_top_set_metric": true}],
         "splits": [{"name": "Left"}, {"name": "Right"}]}
        """;

    [Fact]
    public async Task An_activity_reads_exactly_as_its_list_element_and_its_etag_guards_writes()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var group = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Legs"}"""))["id"]!;
        await CreateAsync(client, $"/api/{root}/activities", """{"name": "Another"}""");
        var id = (string)(await CreateAsync(client, $"/api/{root}/activities", Builder.Replace("\"Slow\",", $"\"Slow\", \"group_id\": \"{group}\",", StringComparison.Ordinal)))["id"]!;
        var url = $"/api/{root}/activities/{id}";

        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadObjectAsync(response);
        var listed = (await GetArrayAsync(client, $"/api/{root}/activities")).Single(a => (string?)a!["id"] == id)!;
        AssertSame(listed, body);
        Assert.Equal(2, body["metric_definitions"]!.AsArray().Count);
        Assert.Equal(2, body["split_definitions"]!.AsArray().Count);
        await AssertEtagGuardsAsync(client, url, response, """{"name": "Renamed"}""");
    }

    [Fact]
    public async Task An_activity_that_is_missing_retired_deleted_or_foreign_is_404_activity_not_found()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Other");
        var deleted = (string)(await CreateAsync(client, $"/api/{root}/activities", """{"name": "Deleted"}"""))["id"]!;
        (await DeleteAsync(client, $"/api/{root}/activities/{deleted}")).EnsureSuccessStatusCode();
        var retired = await CreateAsync(client, $"/api/{root}/activities", Builder);
        var retiredId = (string)retired["id"]!;
        await ActivitySeed.RecordValueAsync(factory, root, retiredId, (string)retired["metric_definitions"]![0]!["id"]!);
        (await DeleteAsync(client, $"/api/{root}/activities/{retiredId}")).EnsureSuccessStatusCode();   // has history: soft-deleted
        Assert.NotNull(await ActivitySeed.ActivityAsync(factory, retiredId));
        var foreign = (string)(await CreateAsync(client, $"/api/{other}/activities", """{"name": "Theirs"}"""))["id"]!;
        var before = await TableFingerprint.OfAsync(factory);

        foreach (var id in new[] { "nope", deleted, retiredId, foreign })
            await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/activities/{id}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Activity not found");
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
    }

    [Fact]
    public async Task A_group_reads_exactly_as_its_list_element_and_its_etag_guards_writes()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Pull"}""");
        var id = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push", "description": "Pushing"}"""))["id"]!;
        var url = $"/api/{root}/activity-groups/{id}";

        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadObjectAsync(response);
        AssertSame((await GetArrayAsync(client, $"/api/{root}/activity-groups")).Single(g => (string?)g!["id"] == id)!, body);
        Assert.Equal("Pushing", (string?)body["description"]);
        await AssertEtagGuardsAsync(client, url, response, """{"name": "Press"}""");
    }

    [Fact]
    public async Task A_group_that_is_missing_deleted_or_foreign_is_404_group_not_found_and_get_reorder_is_just_an_id()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Other");
        var kept = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Kept"}"""))["id"]!;
        var deleted = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Deleted"}"""))["id"]!;
        (await DeleteAsync(client, $"/api/{root}/activity-groups/{deleted}")).EnsureSuccessStatusCode();
        var foreign = (string)(await CreateAsync(client, $"/api/{other}/activity-groups", """{"name": "Theirs"}"""))["id"]!;
        var before = await TableFingerprint.OfAsync(factory);

        foreach (var id in new[] { "nope", deleted, foreign, "reorder" })
            await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/activity-groups/{id}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Group not found");
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));

        // The literal PUT /reorder still reaches the reorder handler.
        var reorder = await PutAsync(client, $"/api/{root}/activity-groups/reorder", $$"""{"group_ids": ["{{kept}}"]}""");
        Assert.Equal("Groups reordered", (string?)(await ReadObjectAsync(reorder))["message"]);
        Assert.Equal(0, (int?)(await ReadObjectAsync(await client.GetAsync(new Uri($"/api/{root}/activity-groups/{kept}", UriKind.Relative), Ct)))["sort_order"]);
    }

    // The read's tag is strong and applies to the resource's PUT once; after that write it is stale (412) and the read's tag moved.
    private static async Task AssertEtagGuardsAsync(HttpClient client, string url, HttpResponseMessage read, string change)
    {
        var tag = read.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        using (var first = Put(url, change, tag.ToString()))
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(first, Ct)).StatusCode);
        using (var second = Put(url, change, tag.ToString()))
            Assert.Equal(HttpStatusCode.PreconditionFailed, (await client.SendAsync(second, Ct)).StatusCode);
        var again = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.NotEqual(tag.ToString(), again.Headers.ETag?.ToString());
    }

    private static HttpRequestMessage Put(string url, string json, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static void AssertSame(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected.ToJsonString()}\n  actual {actual.ToJsonString()}");
}
