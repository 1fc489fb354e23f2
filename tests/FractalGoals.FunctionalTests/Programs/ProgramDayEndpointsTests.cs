using System.Net;
using System.Text.Json.Nodes;
using FractalGoals.FunctionalTests.Goals;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;
using static FractalGoals.FunctionalTests.Programs.ProgramApi;

namespace FractalGoals.FunctionalTests.Programs;

public sealed class ProgramDayEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fractal with two templates and a program of three one-week blocks (A, B, C), Mondays holding "Upper".</summary>
    private sealed record World(HttpClient Client, string Root, string Upper, string Lower, string Program, string A, string B, string C)
    {
        public string Days(string block) => $"/api/{Root}/programs/{Program}/blocks/{block}/days";

        public async Task<JsonObject> BlockAsync(string block) => BlockOf(await GetProgramAsync(Client, Root, Program), block);
    }

    private async Task<World> WorldAsync()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var upper = await CreateTemplateAsync(client, root, "Upper");
        var lower = await CreateTemplateAsync(client, root, "Lower");
        var (a, b, c) = (NewBlockId(), NewBlockId(), NewBlockId());
        // Listed out of date order on purpose: "later blocks" go by start date, not by list position.
        var program = await CreateProgramAsync(client, root, ProgramBody("Winter", "2026-02-01", "2026-02-28", null,
            Block(c, "C", "2026-02-16", "2026-02-22", ("monday", [upper])),
            Block(a, "A", "2026-02-02", "2026-02-08", ("monday", [upper])),
            Block(b, "B", "2026-02-09", "2026-02-15", ("monday", [upper]))));
        return new World(client, root, upper, lower, (string)program["id"]!, a, b, c);
    }

    [Fact]
    public async Task Adding_a_weekday_makes_one_dated_day_per_matching_date_with_one_session_per_template()
    {
        var w = await WorldAsync();

        var response = await PostAsync(w.Client, w.Days(w.A), $$"""{"name": "Heavy", "template_ids": ["{{w.Lower}}"], "day_of_week": "Friday", "cascade": false}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("""{"message":"Added 1 days/sessions"}""", (await ReadObjectAsync(response)).ToJsonString());
        var friday = DaysOf(await w.BlockAsync(w.A)).Single(d => (string?)d["date"] == "2026-02-06");
        Assert.Equal(("Heavy", 2), ((string?)friday["name"], (int?)friday["day_number"]));
        Assert.Equal([w.Lower], TemplateIdsOf(friday));
        Assert.Single(DaysOf(await w.BlockAsync(w.B)));   // no cascade
    }

    [Fact]
    public async Task Adding_to_an_existing_date_reuses_the_day_renames_it_and_adds_sessions_without_deduplication()
    {
        var w = await WorldAsync();

        await PostAsync(w.Client, w.Days(w.A), $$"""{"name": "Push", "template_ids": ["{{w.Upper}}"], "template_id": "{{w.Lower}}", "day_of_week": "Monday"}""");

        var monday = Assert.Single(DaysOf(await w.BlockAsync(w.A)));
        Assert.Equal("Push", (string?)monday["name"]);
        Assert.Equal([w.Upper, w.Upper, w.Lower], TemplateIdsOf(monday));
    }

    [Fact]
    public async Task Adding_without_a_weekday_makes_an_abstract_day_numbered_after_the_existing_ones_and_cascades_to_later_blocks()
    {
        var w = await WorldAsync();

        var response = await PostAsync(w.Client, w.Days(w.B), $$"""{"name": "Rest", "template_ids": [], "day_of_week": "", "cascade": true}""");

        Assert.Equal("""{"message":"Added 2 days/sessions"}""", (await ReadObjectAsync(response)).ToJsonString());
        Assert.Single(DaysOf(await w.BlockAsync(w.A)));   // A starts before B
        foreach (var block in new[] { w.B, w.C })
        {
            var days = DaysOf(await w.BlockAsync(block));
            Assert.Equal([("Monday", 1, "2026"), ("Rest", 2, null)],
                days.Select(d => ((string)d["name"]!, (int)d["day_number"]!, ((string?)d["date"])?[..4])));
        }
    }

    [Theory]
    [InlineData("""{"day_of_week": "friday"}""", "day_of_week must be empty or one of Monday … Sunday")]
    [InlineData("""{"template_ids": "x"}""", "Invalid JSON body")]
    [InlineData("""{"cascade": "yes"}""", "Invalid JSON body")]
    [InlineData("""[]""", "Invalid JSON body")]
    public async Task Adding_with_a_bad_body_answers_400_and_changes_nothing(string body, string error)
    {
        var w = await WorldAsync();
        var before = await GetProgramAsync(w.Client, w.Root, w.Program);

        await ProblemAssert.IsProblemAsync(await PostAsync(w.Client, w.Days(w.A), body), HttpStatusCode.BadRequest, error);

        Assert.Equal(before.ToJsonString(), (await GetProgramAsync(w.Client, w.Root, w.Program)).ToJsonString());
    }

    [Fact]
    public async Task Day_requests_answer_404_unless_the_block_is_in_the_program_and_the_program_in_the_fractal()
    {
        var w = await WorldAsync();
        var other = await CreateFractalAsync(w.Client, "Guitar");
        var otherProgram = (string)(await CreateProgramAsync(w.Client, other, ProgramBody("Theirs", "2026-02-01", "2026-02-28")))["id"]!;
        var foreignTemplate = await CreateTemplateAsync(w.Client, other, "Scales");
        var before = await GetProgramAsync(w.Client, w.Root, w.Program);
        var day = (string)DaysOf(await w.BlockAsync(w.A))[0]["id"]!;
        const string body = """{"name": "X", "day_of_week": ""}""";

        await ProblemAssert.IsProblemAsync(await PostAsync(w.Client, $"/api/{other}/programs/{w.Program}/blocks/{w.A}/days", body), HttpStatusCode.NotFound, "Program not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(w.Client, $"/api/{other}/programs/{otherProgram}/blocks/{w.A}/days", body), HttpStatusCode.NotFound, "Block not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(w.Client, w.Days("nope"), body), HttpStatusCode.NotFound, "Block not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(w.Client, w.Days(w.A), $$"""{"template_ids": ["{{foreignTemplate}}"]}"""), HttpStatusCode.NotFound, "Template not found");
        await ProblemAssert.IsProblemAsync(await PutAsync(w.Client, $"{w.Days(w.B)}/{day}", body), HttpStatusCode.NotFound, "Day not found");
        await ProblemAssert.IsProblemAsync(await DeleteAsync(w.Client, $"/api/{other}/programs/{w.Program}/blocks/{w.A}/days/{day}"), HttpStatusCode.NotFound, "Program not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(w.Client, $"{w.Days(w.B)}/{day}/copy", "{}"), HttpStatusCode.NotFound, "Source day not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(w.Client, $"/api/{w.Root}/programs/{w.Program}/blocks/nope/goals", """{"goal_id": "g"}"""), HttpStatusCode.NotFound, "Block not found");

        Assert.Equal(before.ToJsonString(), (await GetProgramAsync(w.Client, w.Root, w.Program)).ToJsonString());
    }

    [Fact]
    public async Task Updating_a_day_renames_it_and_replaces_its_sessions_and_cascades_to_same_numbered_days_of_later_blocks()
    {
        var w = await WorldAsync();
        var dayA = (string)DaysOf(await w.BlockAsync(w.A))[0]["id"]!;

        var response = await PutAsync(w.Client, $"{w.Days(w.A)}/{dayA}", $$"""{"name": "Mon Heavy", "template_ids": ["{{w.Lower}}"], "day_of_week": "Monday", "cascade": true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"message":"Day updated successfully"}""", (await ReadObjectAsync(response)).ToJsonString());
        foreach (var block in new[] { w.A, w.B, w.C })
        {
            var day = Assert.Single(DaysOf(await w.BlockAsync(block)));
            Assert.Equal("Mon Heavy", (string?)day["name"]);
            Assert.Equal([w.Lower], TemplateIdsOf(day));
        }
    }

    [Fact]
    public async Task Updating_only_the_name_keeps_the_sessions_and_an_invalid_day_number_is_refused()
    {
        var w = await WorldAsync();
        var day = DaysOf(await w.BlockAsync(w.A))[0];
        var url = $"{w.Days(w.A)}/{day["id"]}";

        Assert.Equal(HttpStatusCode.OK, (await PutAsync(w.Client, url, """{"name": "Renamed", "day_number": 4}""")).StatusCode);
        await ProblemAssert.IsProblemAsync(await PutAsync(w.Client, url, """{"day_number": 0}"""), HttpStatusCode.BadRequest, "Day number must be at least 1");

        var after = Assert.Single(DaysOf(await w.BlockAsync(w.A)));
        Assert.Equal(("Renamed", 4), ((string?)after["name"], (int?)after["day_number"]));
        Assert.Equal(day["sessions"]!.ToJsonString(), after["sessions"]!.ToJsonString());
    }

    [Fact]
    public async Task Deleting_a_day_removes_it_and_a_second_delete_answers_404()
    {
        var w = await WorldAsync();
        var day = (string)DaysOf(await w.BlockAsync(w.A))[0]["id"]!;

        var response = await DeleteAsync(w.Client, $"{w.Days(w.A)}/{day}");

        Assert.Equal("""{"message":"Day deleted"}""", (await ReadObjectAsync(response)).ToJsonString());
        Assert.Empty(DaysOf(await w.BlockAsync(w.A)));
        await ProblemAssert.IsProblemAsync(await DeleteAsync(w.Client, $"{w.Days(w.A)}/{day}"), HttpStatusCode.NotFound, "Day not found");
    }

    [Fact]
    public async Task Copying_a_day_replaces_the_same_numbered_day_of_every_other_block_with_fresh_sessions()
    {
        var w = await WorldAsync();
        var source = (string)DaysOf(await w.BlockAsync(w.A))[0]["id"]!;
        await PutAsync(w.Client, $"{w.Days(w.A)}/{source}", $$"""{"name": "Full", "template_ids": ["{{w.Upper}}", "{{w.Lower}}"]}""");

        var response = await PostAsync(w.Client, $"{w.Days(w.A)}/{source}/copy", """{"target_mode": "all"}""");

        Assert.Equal("""{"message":"Copied to 2 blocks"}""", (await ReadObjectAsync(response)).ToJsonString());
        foreach (var block in new[] { w.B, w.C })
        {
            var day = Assert.Single(DaysOf(await w.BlockAsync(block)));
            Assert.Equal(("Full", 1), ((string?)day["name"], (int?)day["day_number"]));
            Assert.Equal([w.Upper, w.Lower], TemplateIdsOf(day));
        }
    }

    [Fact]
    public async Task Copying_without_a_body_targets_the_other_blocks_and_another_mode_includes_the_source_block()
    {
        var w = await WorldAsync();
        var source = (string)DaysOf(await w.BlockAsync(w.A))[0]["id"]!;

        using var empty = new HttpRequestMessage(HttpMethod.Post, $"{w.Days(w.A)}/{source}/copy");
        var noBody = await w.Client.SendAsync(empty, Ct);
        var self = await PostAsync(w.Client, $"{w.Days(w.A)}/{source}/copy", """{"target_mode": "self"}""");

        Assert.Equal("""{"message":"Copied to 2 blocks"}""", (await ReadObjectAsync(noBody)).ToJsonString());
        Assert.Equal("""{"message":"Copied to 3 blocks"}""", (await ReadObjectAsync(self)).ToJsonString());
    }

    [Fact]
    public async Task Attaching_a_goal_lists_it_once_on_the_block_and_sets_its_deadline()
    {
        var w = await WorldAsync();
        var goal = (string)(await w.Client.CreateGoalAsync(w.Root, w.Root, "LongTermGoal", "Handstand"))["id"]!;
        var url = $"/api/{w.Root}/programs/{w.Program}/blocks/{w.A}/goals";

        var response = await PostAsync(w.Client, url, $$"""{"goal_id": "{{goal}}", "deadline": "2026-01-10"}""");
        await PostAsync(w.Client, url, $$"""{"goal_id": "{{goal}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadObjectAsync(response);
        Assert.Equal("Goal attached and updated", (string?)body["message"]);
        Assert.Equal(w.A, (string?)body["block"]!["id"]);
        Assert.Equal($"[\"{goal}\"]", body["block"]!["goal_ids"]!.ToJsonString());
        Assert.Equal($"[\"{goal}\"]", (await w.BlockAsync(w.A))["goal_ids"]!.ToJsonString());
        Assert.Equal("2026-01-10T00:00:00", (string?)(await w.Client.GetObjectAsync($"/api/{w.Root}/goals/{goal}"))["attributes"]!["deadline"]);
    }

    [Fact]
    public async Task Attaching_without_a_goal_id_a_foreign_goal_or_a_bad_deadline_is_refused_and_saves_nothing()
    {
        var w = await WorldAsync();
        var goal = (string)(await w.Client.CreateGoalAsync(w.Root, w.Root, "LongTermGoal"))["id"]!;
        var other = await CreateFractalAsync(w.Client, "Guitar");
        var foreign = (string)(await w.Client.CreateGoalAsync(other, other, "LongTermGoal"))["id"]!;
        var url = $"/api/{w.Root}/programs/{w.Program}/blocks/{w.A}/goals";

        await ProblemAssert.IsProblemAsync(await PostAsync(w.Client, url, """{"deadline": "2026-01-10"}"""), HttpStatusCode.BadRequest, "Goal ID required");
        await ProblemAssert.IsProblemAsync(await PostAsync(w.Client, url, $$"""{"goal_id": "{{foreign}}"}"""), HttpStatusCode.NotFound, "Goal not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(w.Client, url, $$"""{"goal_id": "{{goal}}", "deadline": "10/01/2026"}"""), HttpStatusCode.BadRequest, "Invalid date format");

        Assert.Equal("[]", (await w.BlockAsync(w.A))["goal_ids"]!.ToJsonString());
        Assert.Null((string?)(await w.Client.GetObjectAsync($"/api/{w.Root}/goals/{goal}"))["attributes"]!["deadline"]);
    }
}
