using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FractalGoals.FunctionalTests.Goals;

public sealed partial class FractalEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_answers_201_with_id_name_and_description_first_then_the_whole_new_goal_node()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/fractals",
            new { name = "Learn Spanish", description = "Reach B2", deadline = (string?)null, type = "UltimateGoal", parent_id = (string?)null }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(["id", "name", "description", "attributes", "children"], body.Select(p => p.Key));   // #3's three keys first (ADR 0048)
        Assert.Equal(("Learn Spanish", "Reach B2"), ((string?)body["name"], (string?)body["description"]));
        Assert.Matches(UuidPattern(), (string?)body["id"]);
        var read = (await client.GetFromJsonAsync<JsonObject>($"/api/{body["id"]}/goals/{body["id"]}", Ct))!;
        body.Remove("description");
        Assert.Equal(read.ToJsonString(), body.ToJsonString());   // the node a read of it gives
    }

    [Fact]
    public async Task Created_fractal_is_listed_with_naive_datetimes_and_its_type()
    {
        var client = factory.CreateClient();
        var created = await (await client.PostAsJsonAsync("/api/fractals", new { name = "Guitar", type = "LongTermGoal" }, Ct))
            .Content.ReadFromJsonAsync<JsonObject>(Ct);

        var list = (await client.GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!;
        var mine = list.Single(f => (string?)f!["id"] == (string?)created!["id"])!;

        Assert.Equal("LongTermGoal", (string?)mine["type"]);
        Assert.Equal(["created_at", "description", "id", "name", "type", "updated_at"], mine.AsObject().Select(p => p.Key).Order());
        Assert.Matches(NaiveDateTime(), (string?)mine["created_at"]);
    }

    [Theory]
    [InlineData("PracticeSession")]
    [InlineData("ImmediateGoal")]
    [InlineData("ultimategoal")]
    [InlineData("1")]
    public async Task Create_with_a_type_that_cannot_root_a_fractal_answers_400_with_the_contract_message(string type)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/fractals", new { name = "x", type }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest,
            "Invalid root goal type. Must be one of: UltimateGoal, LongTermGoal, MidTermGoal, ShortTermGoal");
    }

    [Fact]
    public async Task Create_without_a_name_answers_400_and_creates_nothing()
    {
        var client = factory.CreateClient();
        var before = (await client.GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!.Count;

        var response = await client.PostAsJsonAsync("/api/fractals", new { description = "no name" }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Name is required");
        Assert.Equal(before, (await client.GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!.Count);
    }

    [Fact]
    public async Task Malformed_json_answers_400_Invalid_JSON_body()
    {
        using var content = new StringContent("{\"name\": ", Encoding.UTF8, "application/json");
        var response = await factory.CreateClient().PostAsync(new Uri("/api/fractals", UriKind.Relative), content, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Invalid JSON body");
    }

    [Fact]
    public async Task A_wrongly_typed_field_answers_400()
    {
        using var content = new StringContent("{\"name\": 42}", Encoding.UTF8, "application/json");
        var response = await factory.CreateClient().PostAsync(new Uri("/api/fractals", UriKind.Relative), content, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_non_json_body_answers_415()
    {
        using var content = new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await factory.CreateClient().PostAsync(new Uri("/api/fractals", UriKind.Relative), content, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_huge_name_answers_400_not_500()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/fractals", new { name = new string('x', 100_000) }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_oversized_body_answers_413()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/fractals", new { name = "x", description = new string('x', 5 * 1024 * 1024) }, Ct);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Unknown_routes_and_methods_answer_the_same_problem_shape()
    {
        var client = factory.CreateClient();

        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri("/api/nope/at/all", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Not found");
        await ProblemAssert.IsProblemAsync(await client.PatchAsync(new Uri("/api/fractals", UriKind.Relative), null, Ct), HttpStatusCode.MethodNotAllowed, "Method not allowed");
    }

    [Fact]
    public async Task Cors_allows_the_configured_client_origin_on_api_routes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/fractals");
        request.Headers.Add("Origin", "http://localhost:5173");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await factory.CreateClient().SendAsync(request, Ct);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("http://localhost:5173", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task The_openapi_document_is_served()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", Ct);

        Assert.NotNull(document!["paths"]!["/api/fractals"]);
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$")]
    private static partial Regex NaiveDateTime();
}
