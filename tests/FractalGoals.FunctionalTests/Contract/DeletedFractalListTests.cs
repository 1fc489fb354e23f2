using System.Net;
using System.Net.Http.Json;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;
using static FractalGoals.FunctionalTests.Programs.ProgramApi;

namespace FractalGoals.FunctionalTests.Contract;

/// <summary>
/// The root check of the lists rides along with the list query (ADR 0034); a deleted fractal whose rows are all
/// still there must still answer 404, not its rows — and the big reads take the root from the goals they read.
/// </summary>
public sealed class DeletedFractalListTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Lists = ["activities", "activity-groups", "session-templates", "programs", "sessions", "goals"];

    [Fact]
    public async Task Every_list_of_a_deleted_fractal_answers_404_though_its_rows_remain()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Guitar");
        await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push"}""");
        await CreateAsync(client, $"/api/{root}/activities", """{"name": "Dips", "metrics": [{"name": "Reps", "unit": "count"}]}""");
        await CreateTemplateAsync(client, root, "Upper Body");
        await CreateProgramAsync(client, root, ProgramBody("Winter Block", "2026-02-01", "2026-02-28"));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/{root}/sessions", new { name = "Morning" }, Ct)).StatusCode);
        foreach (var list in Lists)
            Assert.NotEmpty(await GetArrayOrTreeAsync(client, root, list));

        Assert.Equal(HttpStatusCode.OK, (await DeleteAsync(client, $"/api/fractals/{root}")).StatusCode);

        foreach (var list in Lists)
        {
            var response = await client.GetAsync(new Uri($"/api/{root}/{list}", UriKind.Relative), Ct);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Fractal not found");
        }
        // Another fractal's lists are untouched (and empty: nothing of the deleted one leaks into them).
        Assert.Empty(await GetArrayAsync(client, $"/api/{other}/activities"));
        Assert.Empty(await GetArrayAsync(client, $"/api/{other}/sessions"));
    }

    private static async Task<string> GetArrayOrTreeAsync(HttpClient client, string root, string list)
    {
        var response = await client.GetAsync(new Uri($"/api/{root}/{list}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.NotEqual("[]", body);
        return body;
    }
}
