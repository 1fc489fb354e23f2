using System.Net;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;

namespace FractalGoals.FunctionalTests.Templates;

public sealed class SessionTemplateEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string LegDay = """
        {"name": "Leg Day", "description": "Legs",
         "template_data": {"sections": [{"name": "Warm Up", "duration_minutes": 10,
           "activities": [{"activity_id": "534480b5-22bf-4bb1-8584-a9e019ebb03c", "name": "Handstand Practice"}]}],
           "total_duration_minutes": 10}}
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url) => client.GetAsync(new Uri(url, UriKind.Relative), Ct);

    [Fact]
    public async Task Create_answers_201_with_the_template_its_description_and_its_data_as_sent()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        var created = await CreateAsync(client, $"/api/{root}/session-templates", LegDay);

        Assert.Equal(["description", "id", "name", "template_data"], created.Select(p => p.Key).Order());
        Assert.Equal("Leg Day", (string?)created["name"]);
        Assert.Equal("Legs", (string?)created["description"]);   // Q-21 fixed
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(LegDay)!["template_data"], created["template_data"]));
        Assert.Equal(created.ToJsonString(), (await ReadObjectAsync(await GetAsync(client, $"/api/{root}/session-templates/{created["id"]}"))).ToJsonString());
    }

    [Fact]
    public async Task Template_data_comes_back_verbatim_with_unknown_keys_string_numbers_and_number_spelling()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        const string data = """{"z":1,"a":"15","nested":{"x":[1,2.50,1e2]},"emoji":"é"}""";

        var created = await CreateAsync(client, $"/api/{root}/session-templates", $$"""{"name": "Raw", "template_data": {{data}}}""");
        var text = await (await GetAsync(client, $"/api/{root}/session-templates/{created["id"]}")).Content.ReadAsStringAsync(Ct);

        Assert.Contains($"\"template_data\":{data}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_string_template_data_is_kept_as_a_json_string()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        var created = await CreateAsync(client, $"/api/{root}/session-templates", """{"name": "S", "template_data": "{\"sections\": []}"}""");

        Assert.Equal("{\"sections\": []}", (string?)created["template_data"]);   // Q-28 reproduced
        Assert.Equal("", (string?)created["description"]);
    }

    [Theory]
    [InlineData("""{"template_data": {"a": 1}}""", "Template name is required")]
    [InlineData("""{"name": "", "template_data": {"a": 1}}""", "Template name is required")]
    [InlineData("""{"name": "T"}""", "Template data is required")]
    [InlineData("""{"name": "T", "template_data": null}""", "Template data is required")]
    [InlineData("""{"name": "T", "template_data": {}}""", "Template data is required")]
    [InlineData("""{"name": "T", "template_data": []}""", "Template data is required")]
    [InlineData("""{"name": "T", "template_data": ""}""", "Template data is required")]
    [InlineData("""{"name": "T", "template_data": 0}""", "Template data is required")]
    [InlineData("""{"name": "T", "template_data": false}""", "Template data is required")]
    [InlineData("""{"name": 3, "template_data": {"a": 1}}""", "Invalid JSON body")]
    [InlineData("""{"name": "T", "template_data": """, "Invalid JSON body")]
    [InlineData("""["T"]""", "Invalid JSON body")]
    public async Task Create_with_a_bad_body_answers_400_and_creates_nothing(string body, string error)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/session-templates", body), HttpStatusCode.BadRequest, error);

        Assert.Empty(await GetArrayAsync(client, $"/api/{root}/session-templates"));
    }

    [Fact]
    public async Task A_huge_name_answers_400_not_500()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        var response = await PostAsync(client, $"/api/{root}/session-templates", $$$"""{"name": "{{{new string('x', 100_000)}}}", "template_data": {"a": 1}}""");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Name must be at most 200 characters");
    }

    [Fact]
    public async Task The_list_is_oldest_first_and_only_this_fractals_templates()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Other");
        foreach (var name in new[] { "Upper Body Day 1", "Daily Stretching", "Another" })
            await CreateAsync(client, $"/api/{root}/session-templates", $$$"""{"name": "{{{name}}}", "template_data": {"sections": []}}""");
        await CreateAsync(client, $"/api/{other}/session-templates", """{"name": "Theirs", "template_data": {"sections": []}}""");

        Assert.Equal(["Upper Body Day 1", "Daily Stretching", "Another"], Strings(await GetArrayAsync(client, $"/api/{root}/session-templates"), "name"));
    }

    [Theory]
    [InlineData("2c848745-856e-4e3a-8b05-ebdd206de496")]
    [InlineData("1767200643898")]
    public async Task Unknown_fractal_answers_404_Fractal_not_found_everywhere(string root)
    {
        var client = factory.CreateClient();
        var url = $"/api/{root}/session-templates";

        await ProblemAssert.IsProblemAsync(await GetAsync(client, url), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await GetAsync(client, $"{url}/abc"), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(client, url, """{"name": "T", "template_data": {"a": 1}}"""), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"{url}/abc", """{"name": "T"}"""), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, $"{url}/abc"), HttpStatusCode.NotFound, "Fractal not found");
    }

    [Theory]
    [InlineData("1767200643898")]
    [InlineData("0e99b7cc-d9c8-4751-aed4-f7cb43d36f93")]
    public async Task Unknown_template_ids_answer_404_Template_not_found(string templateId)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var url = $"/api/{root}/session-templates/{templateId}";

        await ProblemAssert.IsProblemAsync(await GetAsync(client, url), HttpStatusCode.NotFound, "Template not found");
        await ProblemAssert.IsProblemAsync(await PutAsync(client, url, """{"name": "T"}"""), HttpStatusCode.NotFound, "Template not found");
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, url), HttpStatusCode.NotFound, "Template not found");
    }

    [Fact]
    public async Task Another_fractals_template_answers_404_and_is_not_changed()
    {
        var client = factory.CreateClient();
        var mine = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Other");
        var theirs = await CreateAsync(client, $"/api/{other}/session-templates", LegDay);
        var url = $"/api/{mine}/session-templates/{theirs["id"]}";

        await ProblemAssert.IsProblemAsync(await GetAsync(client, url), HttpStatusCode.NotFound, "Template not found");
        await ProblemAssert.IsProblemAsync(await PutAsync(client, url, """{"name": "Mine", "template_data": {"x": 1}}"""), HttpStatusCode.NotFound, "Template not found");
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, url), HttpStatusCode.NotFound, "Template not found");

        var still = await ReadObjectAsync(await GetAsync(client, $"/api/{other}/session-templates/{theirs["id"]}"));
        Assert.Equal(theirs.ToJsonString(), still.ToJsonString());
    }

    [Fact]
    public async Task Update_applies_present_fields_only()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/session-templates", LegDay);
        var url = $"/api/{root}/session-templates/{created["id"]}";

        var renamed = await ReadObjectAsync(await PutAsync(client, url, """{"name": "Upper Body Day 2"}"""));
        Assert.Equal("Upper Body Day 2", (string?)renamed["name"]);
        Assert.Equal("Legs", (string?)renamed["description"]);
        Assert.Equal(created["template_data"]!.ToJsonString(), renamed["template_data"]!.ToJsonString());

        var replaced = await ReadObjectAsync(await PutAsync(client, url, """{"description": null, "name": null, "template_data": {"sections": [], "total_duration_minutes": 0}}"""));
        Assert.Equal("Upper Body Day 2", (string?)replaced["name"]);
        Assert.Equal("", (string?)replaced["description"]);
        Assert.Equal("""{"sections":[],"total_duration_minutes":0}""", replaced["template_data"]!.ToJsonString());

        var emptied = await ReadObjectAsync(await PutAsync(client, url, """{"template_data": {}}"""));   // no emptiness check on update (#38)
        Assert.Equal("{}", emptied["template_data"]!.ToJsonString());
        Assert.Equal(emptied.ToJsonString(), (await ReadObjectAsync(await GetAsync(client, url))).ToJsonString());
    }

    [Theory]
    [InlineData("""{"name": ""}""", "Template name is required")]
    [InlineData("""{"name": ["x"]}""", "Invalid JSON body")]
    [InlineData("""{"description": 5}""", "Invalid JSON body")]
    [InlineData("""{"name": """, "Invalid JSON body")]
    [InlineData("""7""", "Invalid JSON body")]
    public async Task Update_with_a_bad_body_answers_400_and_changes_nothing(string body, string error)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/session-templates", LegDay);
        var url = $"/api/{root}/session-templates/{created["id"]}";

        await ProblemAssert.IsProblemAsync(await PutAsync(client, url, body), HttpStatusCode.BadRequest, error);

        Assert.Equal(created.ToJsonString(), (await ReadObjectAsync(await GetAsync(client, url))).ToJsonString());
    }

    [Fact]
    public async Task Delete_hides_the_template_everywhere()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/session-templates", LegDay);
        await CreateAsync(client, $"/api/{root}/session-templates", """{"name": "Kept", "template_data": {"a": 1}}""");
        var url = $"/api/{root}/session-templates/{created["id"]}";

        var response = await DeleteAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"message":"Template deleted successfully"}""", (await ReadObjectAsync(response)).ToJsonString());
        Assert.Equal(["Kept"], Strings(await GetArrayAsync(client, $"/api/{root}/session-templates"), "name"));
        await ProblemAssert.IsProblemAsync(await GetAsync(client, url), HttpStatusCode.NotFound, "Template not found");
        await ProblemAssert.IsProblemAsync(await PutAsync(client, url, """{"name": "Back"}"""), HttpStatusCode.NotFound, "Template not found");
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, url), HttpStatusCode.NotFound, "Template not found");
    }

    [Fact]
    public async Task Non_json_bodies_answer_415_on_create_and_update()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var created = await CreateAsync(client, $"/api/{root}/session-templates", LegDay);

        foreach (var (method, url) in new[] { (HttpMethod.Post, $"/api/{root}/session-templates"), (HttpMethod.Put, $"/api/{root}/session-templates/{created["id"]}") })
        {
            using var request = new HttpRequestMessage(method, url) { Content = new StringContent("name=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") };
            await ProblemAssert.IsProblemAsync(await client.SendAsync(request, Ct), HttpStatusCode.UnsupportedMediaType);
        }
    }
}
