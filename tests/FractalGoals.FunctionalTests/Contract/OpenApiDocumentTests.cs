using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FractalGoals.FunctionalTests.Contract;

/// <summary>The OpenAPI document tells a client generator what each operation answers, success and problems.</summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_api_operation_documents_its_success_body_and_its_problem_answers()
    {
        var document = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        var operations = document["paths"]!.AsObject()
            .Where(path => path.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key.ToUpperInvariant()} {path.Key}", Operation: op.Value!.AsObject())))
            .ToList();

        // Local mode (this fixture): the /api/auth routes of Accounts mode are not served (ADR 0051).
        Assert.Equal(ContractEndpoints.Served(accounts: false).Count(e => e.Path.StartsWith("/api/", StringComparison.Ordinal)), operations.Count);
        foreach (var (name, operation) in operations)
        {
            var responses = operation["responses"]!.AsObject();
            var success = responses.Where(r => r.Key is "200" or "201").ToList();
            Assert.True(success.Count == 1, $"{name}: one success status");
            Assert.True(success[0].Value!["content"]?["application/json"]?["schema"] is not null, $"{name}: success body schema");
            Assert.True(responses.Where(r => r.Key.StartsWith('4')).All(r => r.Value!["content"]?["application/problem+json"] is not null), $"{name}: problems are problem+json");
            var isWrite = !name.StartsWith("GET ", StringComparison.Ordinal);
            Assert.True(!isWrite || responses.ContainsKey("400"), $"{name}: a write documents 400");
        }
        Assert.Contains(operations, o => o.Name == "POST /api/{root_id}/programs" && o.Operation["responses"]!.AsObject().ContainsKey("201"));
    }

    [Fact]
    public async Task Every_write_that_takes_a_body_documents_a_json_request_body()
    {
        var document = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        var writes = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(op => op.Key is "post" or "put" or "patch").Select(op => (Name: $"{op.Key.ToUpperInvariant()} {path.Key}", Operation: op.Value!)))
            .ToList();

        var undocumented = writes.Where(w => w.Operation["requestBody"]?["content"]?["application/json"] is null).Select(w => w.Name).Order(StringComparer.Ordinal);

        // The bodiless writes: a timer stop ignores its body (#43), the restores take none.
        Assert.Equal(["POST /api/{root_id}/activity-instances/{instance_id}/stop", "POST /api/{root_id}/goals/{goal_id}/restore",
            "POST /api/{root_id}/sessions/{session_id}/restore"], undocumented);
    }

    [Theory]
    [InlineData("/api/{root_id}/sessions")]
    [InlineData("/api/practice-sessions")]
    public async Task The_paged_lists_document_optional_limit_and_offset_query_parameters(string path)
    {
        var document = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        var parameters = document["paths"]![path]!["get"]!["parameters"]!.AsArray().Select(p => p!.AsObject()).ToList();

        foreach (var name in new[] { "limit", "offset" })
        {
            var parameter = parameters.Single(p => (string?)p["name"] == name);
            Assert.Equal("query", (string?)parameter["in"]);
            Assert.NotEqual(true, (bool?)parameter["required"]);
            Assert.Equal("^[0-9]+$", (string?)parameter["schema"]?["pattern"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)parameter["description"]));
        }
    }

    [Fact]
    public async Task The_problem_schema_names_the_error_and_code_members_every_problem_carries()
    {
        var document = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        var problem = document["components"]!["schemas"]!["ProblemDetails"]!.AsObject();

        Assert.Contains("about:blank", (string?)problem["description"], StringComparison.Ordinal);
        foreach (var member in new[] { "error", "code" })
        {
            Assert.Equal("string", (string?)problem["properties"]![member]!["type"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)problem["properties"]![member]!["description"]));
        }
    }
}
