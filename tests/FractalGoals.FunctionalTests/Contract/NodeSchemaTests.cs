using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Goals.GoalApi;

namespace FractalGoals.FunctionalTests.Contract;

/// <summary>
/// The OpenAPI document's GoalNode schema is written by hand beside the renderer (NodeSchema): real goal and session
/// nodes must hold every key it requires and no key it does not name, and the routes that answer nodes must say so.
/// </summary>
public sealed class NodeSchemaTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_key_of_real_goal_and_session_nodes_is_in_the_documented_schema()
    {
        var client = factory.CreateClient();
        var schemas = (await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json", Ct))!["components"]!["schemas"]!;
        var chain = await client.CreateChainAsync();
        var created = await (await client.PostAsJsonAsync("/api/fractals", new { name = "Spanish", description = "B2" }, Ct)).ReadObjectAsync();
        var session = await (await client.PostAsJsonAsync($"/api/{chain.Root}/sessions", new
        {
            name = "Evening", parent_ids = new[] { chain.ShortTerm }, session_data = """{"sections": [{"name": "Warm up", "activity_ids": []}]}""",
        }, Ct)).ReadObjectAsync();
        var tree = await client.GetObjectAsync($"/api/{chain.Root}/goals");

        var nodes = Flatten(tree).Append(created).Append(session).ToList();
        Assert.Contains(nodes, n => (string?)n["attributes"]!["type"] == "PracticeSession");
        foreach (var node in nodes)
        {
            AssertFits(schemas["GoalNode"]!, node, (string)node["id"]!);
            AssertFits(schemas["GoalAttributes"]!, node["attributes"]!.AsObject(), node["id"] + ".attributes");
        }
    }

    [Theory]
    [InlineData("/api/{root_id}/goals", "get")]
    [InlineData("/api/{root_id}/goals/{goal_id}", "get")]
    [InlineData("/api/{root_id}/goals/{goal_id}", "put")]
    [InlineData("/api/{root_id}/sessions/{session_id}", "put")]
    [InlineData("/api/fractals", "post")]
    [InlineData("/api/goals", "post")]
    public async Task The_routes_that_answer_one_node_name_the_GoalNode_schema(string path, string method)
    {
        var document = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", Ct))!;
        var responses = document["paths"]![path]![method]!["responses"]!.AsObject();
        var success = responses.Single(r => r.Key is "200" or "201").Value!;

        Assert.Equal("#/components/schemas/GoalNode", (string?)success["content"]!["application/json"]!["schema"]!["$ref"]);
    }

    private static void AssertFits(JsonNode schema, JsonObject value, string where)
    {
        var documented = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        var required = schema["required"]!.AsArray().Select(r => (string)r!);
        Assert.True(value.All(p => documented.Contains(p.Key)), $"{where}: undocumented keys {string.Join(", ", value.Select(p => p.Key).Where(k => !documented.Contains(k)))}");
        Assert.True(required.All(value.ContainsKey), $"{where}: missing required keys {string.Join(", ", required.Where(k => !value.ContainsKey(k)))}");
    }
}
