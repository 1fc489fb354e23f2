using System.Net;
using System.Text.Json.Nodes;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;
using static FractalGoals.FunctionalTests.Programs.ProgramApi;

namespace FractalGoals.FunctionalTests.Programs;

/// <summary>
/// Issue 15.1 (ADR 0049): <c>GET /api/{root_id}/programs/{program_id}/blocks/{block_id}</c> answers one block exactly as
/// the program's body holds it; its ETag is its program's version (a block has none of its own, ADR 0044).
/// </summary>
public sealed class ProgramBlockReadTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_block_reads_exactly_as_inside_its_program_with_days_sessions_and_the_programs_etag()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var upper = await CreateTemplateAsync(client, root, "Upper");
        var (a, b) = (NewBlockId(), NewBlockId());
        var program = (string)(await CreateProgramAsync(client, root, ProgramBody("Winter", "2026-02-01", "2026-02-28", null,
            Block(a, "A", "2026-02-02", "2026-02-08", ("monday", [upper])),
            Block(b, "B", "2026-02-09", "2026-02-15", ("friday", [upper])))))["id"]!;
        var programRead = await client.GetAsync(new Uri($"/api/{root}/programs/{program}", UriKind.Relative), Ct);
        var expected = BlockOf(await ReadObjectAsync(programRead), b);
        Assert.Equal("Upper", (string?)DaysOf(expected).Single()["sessions"]![0]!["template_name"]);

        var response = await client.GetAsync(new Uri($"/api/{root}/programs/{program}/blocks/{b}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadObjectAsync(response);
        Assert.True(JsonNode.DeepEquals(expected, body), $"expected {expected.ToJsonString()}\n  actual {body.ToJsonString()}");
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(programRead.Headers.ETag?.ToString(), response.Headers.ETag.ToString());
    }

    [Fact]
    public async Task A_block_that_is_missing_removed_of_another_program_or_under_a_missing_deleted_or_foreign_program_is_404()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Other");
        var (kept, removed, elsewhere, foreignBlock, deletedBlock) = (NewBlockId(), NewBlockId(), NewBlockId(), NewBlockId(), NewBlockId());
        var program = (string)(await CreateProgramAsync(client, root, ProgramBody("Winter", "2026-02-01", "2026-02-28", null,
            Block(kept, "Kept", "2026-02-02", "2026-02-08"), Block(removed, "Removed", "2026-02-09", "2026-02-15"))))["id"]!;
        // The block leaves the schedule: the program's update deletes it.
        (await PutAsync(client, $"/api/{root}/programs/{program}", ProgramBody("Winter", "2026-02-01", "2026-02-28", null,
            Block(kept, "Kept", "2026-02-02", "2026-02-08")))).EnsureSuccessStatusCode();
        await CreateProgramAsync(client, root, ProgramBody("Spring", "2026-03-01", "2026-03-31", null, Block(elsewhere, "Elsewhere", "2026-03-02", "2026-03-08")));
        var foreign = (string)(await CreateProgramAsync(client, other, ProgramBody("Theirs", "2026-02-01", "2026-02-28", null,
            Block(foreignBlock, "Theirs", "2026-02-02", "2026-02-08"))))["id"]!;
        var deleted = (string)(await CreateProgramAsync(client, root, ProgramBody("Gone", "2026-02-01", "2026-02-28", null,
            Block(deletedBlock, "Gone", "2026-02-02", "2026-02-08"))))["id"]!;
        (await DeleteAsync(client, $"/api/{root}/programs/{deleted}")).EnsureSuccessStatusCode();
        var before = await TableFingerprint.OfAsync(factory);

        foreach (var block in new[] { "nope", removed, elsewhere })
            await ProblemAssert.IsProblemAsync(await GetAsync(client, $"/api/{root}/programs/{program}/blocks/{block}"), HttpStatusCode.NotFound, "Block not found");
        await ProblemAssert.IsProblemAsync(await GetAsync(client, $"/api/{root}/programs/nope/blocks/{kept}"), HttpStatusCode.NotFound, "Program not found");
        await ProblemAssert.IsProblemAsync(await GetAsync(client, $"/api/{root}/programs/{foreign}/blocks/{foreignBlock}"), HttpStatusCode.NotFound, "Program not found");
        await ProblemAssert.IsProblemAsync(await GetAsync(client, $"/api/{root}/programs/{deleted}/blocks/{deletedBlock}"), HttpStatusCode.NotFound, "Program not found");
        await ProblemAssert.IsProblemAsync(await GetAsync(client, $"/api/{other}/programs/{program}/blocks/{kept}"), HttpStatusCode.NotFound, "Program not found");
        Assert.Equal(before, await TableFingerprint.OfAsync(factory));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, $"/api/{root}/programs/{program}/blocks/{kept}")).StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url) => client.GetAsync(new Uri(url, UriKind.Relative), Ct);
}
