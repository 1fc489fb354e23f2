using System.Net;
using System.Text.Json.Nodes;
using FractalGoals.FunctionalTests.Goals;
using Microsoft.EntityFrameworkCore;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;
using static FractalGoals.FunctionalTests.Programs.ProgramApi;

namespace FractalGoals.FunctionalTests.Programs;

public sealed class ProgramEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_answers_201_with_the_program_its_verbatim_schedule_and_the_synced_blocks()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var goal = (string)(await client.CreateGoalAsync(root, root, "LongTermGoal", "Strength"))["id"]!;
        var upper = await CreateTemplateAsync(client, root, "Upper Body Day 1");
        var blockId = NewBlockId();
        var block = Block(blockId, "Block A", "2026-02-02", "2026-02-08", ("monday", [upper]));

        var program = await CreateProgramAsync(client, root, ProgramBody("Winter Block", "2026-02-01", "2026-02-28", [goal], block));

        Assert.Equal(["blocks", "created_at", "description", "end_date", "goal_ids", "id", "is_active", "name", "root_id", "start_date", "updated_at", "weekly_schedule"],
            program.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(root, (string?)program["root_id"]);
        Assert.Equal("2026-02-01T00:00:00", (string?)program["start_date"]);
        Assert.Equal("2026-02-28T00:00:00", (string?)program["end_date"]);
        Assert.True((bool)program["is_active"]!);
        Assert.Equal($"[\"{goal}\"]", program["goal_ids"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse($"[{block}]"), program["weekly_schedule"]));
        Assert.Matches(GoalApi.NaiveDateTime(), (string)program["created_at"]!);

        var synced = BlockOf(program, blockId);
        Assert.Equal(["color", "days", "end_date", "goal_ids", "id", "name", "program_id", "start_date"], synced.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(("Block A", "2026-02-02", "2026-02-08", "[]"), ((string?)synced["name"], (string?)synced["start_date"], (string?)synced["end_date"], synced["goal_ids"]!.ToJsonString()));
        var day = Assert.Single(DaysOf(synced));   // Q-25 fixed: no empty Tuesday…Sunday
        Assert.Equal(("2026-02-02", 1, "Monday", (string?)null), ((string?)day["date"], (int?)day["day_number"], (string?)day["name"], (string?)day["notes"]));
        var session = Assert.Single(day["sessions"]!.AsArray())!.AsObject();
        Assert.Equal(["completion_data", "day_id", "id", "is_completed", "session_template_id", "template_name"], session.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal((upper, false, "{}", "Upper Body Day 1"),
            ((string?)session["session_template_id"], (bool)session["is_completed"]!, session["completion_data"]!.ToJsonString(), (string?)session["template_name"]));
        Assert.Equal(program.ToJsonString(), (await GetProgramAsync(client, root, (string)program["id"]!)).ToJsonString());
    }

    [Fact]
    public async Task Create_with_only_the_required_fields_defaults_the_rest()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        var program = await CreateProgramAsync(client, root, """{"name": "Plain", "start_date": "2026-03-01T00:00:00Z", "end_date": "2026-03-31"}""");

        Assert.Equal(("", "[]", "[]", 0), ((string?)program["description"], program["goal_ids"]!.ToJsonString(), program["weekly_schedule"]!.ToJsonString(), program["blocks"]!.AsArray().Count));
    }

    [Theory]
    [InlineData("""{"start_date": "2026-02-01", "end_date": "2026-02-28"}""", "Program name is required")]
    [InlineData("""{"name": "", "start_date": "x", "end_date": "2026-02-28"}""", "Program name is required")]
    [InlineData("""{"name": "P", "end_date": "2026-02-28"}""", "Start date is required")]
    [InlineData("""{"name": "P", "start_date": "2026-02-01"}""", "End date is required")]
    [InlineData("""{"name": "P", "start_date": "Feb 1", "end_date": "2026-02-28"}""", "Invalid date format")]
    [InlineData("""{"name": "P", "start_date": "bad"}""", "End date is required")]
    [InlineData("""{"name": "P", "start_date": "2026-02-01", "end_date": "2026-02-30"}""", "Invalid date format")]
    [InlineData("""{"name": "P", "start_date": "2026-03-01", "end_date": "2026-02-01"}""", "Start date must be on or before end date")]
    [InlineData("""{"name": "P", "start_date": "2026-02-01", "end_date": "2026-02-28", "weeklySchedule": [{"name": "B", "endDate": "2026-02-08"}]}""", "Block startDate is required")]
    [InlineData("""{"name": "P", "start_date": "2026-02-01", "end_date": "2026-02-28", "weeklySchedule": [{"startDate": "2026-02-02"}]}""", "Block endDate is required")]
    [InlineData("""{"name": "P", "start_date": "2026-02-01", "end_date": "2026-02-28", "weeklySchedule": [{"startDate": "2026-02-09", "endDate": "2026-02-02"}]}""", "Block start date must be on or before its end date")]
    [InlineData("""{"name": "P", "start_date": "2026-02-01", "end_date": "2026-02-28", "weeklySchedule": [{"startDate": "02/02/2026", "endDate": "2026-02-08"}]}""", "Invalid date format")]
    [InlineData("""{"name": "P", "start_date": "2026-02-01", "end_date": "2026-02-28", "weeklySchedule": ["block"]}""", "Each block of weeklySchedule must be an object")]
    [InlineData("""{"name": "P", "start_date": "2026-02-01", "end_date": "2026-02-28", "weeklySchedule": [{"startDate": "2026-02-02", "endDate": "2026-02-08", "weeklySchedule": {"monday": [1]}}]}""", "weeklySchedule.monday must be a list of template ids")]
    [InlineData("""{"name": "P", "start_date": "2026-02-01", "end_date": "2026-02-28", "weeklySchedule": [{"id": "7", "startDate": "2026-02-02", "endDate": "2026-02-08"}, {"id": "7", "startDate": "2026-02-09", "endDate": "2026-02-15"}]}""", "Block id 7 appears more than once")]
    [InlineData("""{"name": "P", "start_date": 20260201, "end_date": "2026-02-28"}""", "Invalid JSON body")]
    [InlineData("""{"name": "P", "start_date": "2026-02-01", "end_date": "2026-02-28", "selectedGoals": "g"}""", "Invalid JSON body")]
    public async Task Create_with_a_bad_body_answers_400_with_the_first_problem_and_creates_nothing(string body, string error)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);

        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/programs", body), HttpStatusCode.BadRequest, error);

        Assert.Empty(await GetArrayAsync(client, $"/api/{root}/programs"));
    }

    [Fact]
    public async Task Create_with_a_goal_or_template_that_is_not_of_this_fractal_answers_404_and_creates_nothing()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Guitar");
        var foreignGoal = (string)(await client.CreateGoalAsync(other, other, "LongTermGoal"))["id"]!;
        var foreignTemplate = await CreateTemplateAsync(client, other, "Scales");
        var block = Block(NewBlockId(), "B", "2026-02-02", "2026-02-08", ("monday", [foreignTemplate]));

        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/programs", ProgramBody("P", "2026-02-01", "2026-02-28", [foreignGoal])), HttpStatusCode.NotFound, "Goal not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/programs", ProgramBody("P", "2026-02-01", "2026-02-28", ["no-such-goal"])), HttpStatusCode.NotFound, "Goal not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/programs", ProgramBody("P", "2026-02-01", "2026-02-28", null, block)), HttpStatusCode.NotFound, "Template not found");

        Assert.Empty(await GetArrayAsync(client, $"/api/{root}/programs"));
    }

    [Fact]
    public async Task Programs_of_an_unknown_or_deleted_fractal_answer_404()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await DeleteAsync(client, $"/api/fractals/{root}")).StatusCode);

        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/programs", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/programs", ProgramBody("P", "2026-02-01", "2026-02-28")), HttpStatusCode.NotFound, "Fractal not found");
        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri("/api/nope/programs", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Fractal not found");
    }

    [Fact]
    public async Task List_returns_the_fractals_programs_oldest_first_and_nothing_of_other_fractals()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Guitar");
        foreach (var name in new[] { "First", "Second", "Third" })
            await CreateProgramAsync(client, root, ProgramBody(name, "2026-02-01", "2026-02-28"));
        await CreateProgramAsync(client, other, ProgramBody("Elsewhere", "2026-02-01", "2026-02-28"));

        var list = await GetArrayAsync(client, $"/api/{root}/programs");

        Assert.Equal(["First", "Second", "Third"], Strings(list, "name"));
    }

    [Fact]
    public async Task A_program_is_not_found_under_another_fractal_and_cannot_be_changed_or_deleted_from_there()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var other = await CreateFractalAsync(client, "Guitar");
        var program = await CreateProgramAsync(client, root, ProgramBody("Mine", "2026-02-01", "2026-02-28"));
        var id = (string)program["id"]!;

        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{other}/programs/{id}", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Program not found");
        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{other}/programs/{id}", """{"name": "Stolen"}"""), HttpStatusCode.NotFound, "Program not found");
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, $"/api/{other}/programs/{id}"), HttpStatusCode.NotFound, "Program not found");
        await ProblemAssert.IsProblemAsync(await client.GetAsync(new Uri($"/api/{root}/programs/no-such-program", UriKind.Relative), Ct), HttpStatusCode.NotFound, "Program not found");

        Assert.Equal(program.ToJsonString(), (await GetProgramAsync(client, root, id)).ToJsonString());
    }

    [Fact]
    public async Task Update_changes_only_the_fields_sent()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var goal = (string)(await client.CreateGoalAsync(root, root, "LongTermGoal"))["id"]!;
        var program = await CreateProgramAsync(client, root, ProgramBody("Winter", "2026-02-01", "2026-02-28", [goal]));
        var id = (string)program["id"]!;

        var renamed = await ReadObjectAsync(await PutAsync(client, $"/api/{root}/programs/{id}", """{"name": "Winter Block"}"""));
        var moved = await ReadObjectAsync(await PutAsync(client, $"/api/{root}/programs/{id}", """{"start_date": "2026-02-02T00:00:00", "end_date": "2026-03-01", "is_active": false, "description": "Cut", "selectedGoals": []}"""));

        Assert.Equal(("Winter Block", "2026-02-01T00:00:00", $"[\"{goal}\"]", true), ((string?)renamed["name"], (string?)renamed["start_date"], renamed["goal_ids"]!.ToJsonString(), (bool)renamed["is_active"]!));
        Assert.Equal(("Winter Block", "Cut", "2026-02-02T00:00:00", "2026-03-01T00:00:00", "[]", false),
            ((string?)moved["name"], (string?)moved["description"], (string?)moved["start_date"], (string?)moved["end_date"], moved["goal_ids"]!.ToJsonString(), (bool)moved["is_active"]!));
        Assert.Equal(moved.ToJsonString(), (await GetProgramAsync(client, root, id)).ToJsonString());
    }

    [Theory]
    [InlineData("""{"name": "X", "start_date": "soon"}""", "Invalid start_date format")]
    [InlineData("""{"name": "X", "end_date": "2026-13-01"}""", "Invalid end_date format")]
    [InlineData("""{"name": "  "}""", "Program name is required")]
    [InlineData("""{"name": "X", "end_date": "2026-01-01"}""", "Start date must be on or before end date")]
    [InlineData("""{"name": "X", "is_active": "yes"}""", "Invalid JSON body")]
    [InlineData("""{"name": "X", "weeklySchedule": [{"startDate": "2026-02-02"}]}""", "Block endDate is required")]
    public async Task Update_with_a_bad_field_answers_400_and_changes_nothing(string body, string error)
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var program = await CreateProgramAsync(client, root, ProgramBody("Winter", "2026-02-01", "2026-02-28"));
        var id = (string)program["id"]!;

        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/programs/{id}", body), HttpStatusCode.BadRequest, error);

        Assert.Equal(program.ToJsonString(), (await GetProgramAsync(client, root, id)).ToJsonString());
    }

    [Fact]
    public async Task Update_syncs_the_schedule_keeping_sessions_that_stay_adding_new_ones_and_removing_dropped_blocks()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var upper = await CreateTemplateAsync(client, root, "Upper");
        var lower = await CreateTemplateAsync(client, root, "Lower");
        var (a, b) = (NewBlockId(), NewBlockId());
        var program = await CreateProgramAsync(client, root, ProgramBody("Winter", "2026-02-01", "2026-02-28", null,
            Block(a, "A", "2026-02-02", "2026-02-08", ("monday", [upper])),
            Block(b, "B", "2026-02-09", "2026-02-15", ("monday", [upper]))));
        var id = (string)program["id"]!;
        var kept = DaysOf(BlockOf(program, a))[0]["sessions"]![0]!["id"]!.GetValue<string>();

        var newSchedule = $"[{Block(a, "A1", "2026-02-02", "2026-02-08", ("monday", [upper]), ("wednesday", [lower]))}]";
        var updated = await ReadObjectAsync(await PutAsync(client, $"/api/{root}/programs/{id}", $$"""{"weeklySchedule": {{newSchedule}}}"""));

        var block = Assert.Single(updated["blocks"]!.AsArray())!.AsObject();
        Assert.Equal((a, "A1"), ((string?)block["id"], (string?)block["name"]));
        Assert.Equal([("Monday", 1), ("Wednesday", 3)], DaysOf(block).Select(d => ((string)d["name"]!, (int)d["day_number"]!)));
        Assert.Equal(kept, (string?)DaysOf(block)[0]["sessions"]![0]!["id"]);   // a session that stays keeps its id and state
        Assert.Equal([lower], TemplateIdsOf(DaysOf(block)[1]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(newSchedule), updated["weekly_schedule"]));
    }

    [Fact]
    public async Task A_schedule_that_is_not_a_list_is_stored_but_not_synced()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var upper = await CreateTemplateAsync(client, root, "Upper");
        var a = NewBlockId();
        var program = await CreateProgramAsync(client, root, ProgramBody("Winter", "2026-02-01", "2026-02-28", null, Block(a, "A", "2026-02-02", "2026-02-08", ("monday", [upper]))));

        var updated = await ReadObjectAsync(await PutAsync(client, $"/api/{root}/programs/{program["id"]}", """{"weeklySchedule": {"note": "draft"}}"""));

        Assert.Equal("""{"note":"draft"}""", updated["weekly_schedule"]!.ToJsonString());
        Assert.Equal(program["blocks"]!.ToJsonString(), updated["blocks"]!.ToJsonString());
    }

    [Fact]
    public async Task A_block_id_of_another_program_is_refused_with_409_and_nothing_changes()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var a = NewBlockId();
        await CreateProgramAsync(client, root, ProgramBody("First", "2026-02-01", "2026-02-28", null, Block(a, "A", "2026-02-02", "2026-02-08")));
        var second = await CreateProgramAsync(client, root, ProgramBody("Second", "2026-02-01", "2026-02-28"));

        await ProblemAssert.IsProblemAsync(await PostAsync(client, $"/api/{root}/programs", ProgramBody("Third", "2026-02-01", "2026-02-28", null, Block(a, "A", "2026-02-02", "2026-02-08"))),
            HttpStatusCode.Conflict, "A block id of weeklySchedule belongs to another program");
        await ProblemAssert.IsProblemAsync(await PutAsync(client, $"/api/{root}/programs/{second["id"]}", $$"""{"weeklySchedule": [{{Block(a, "A", "2026-02-02", "2026-02-08")}}]}"""),
            HttpStatusCode.Conflict, "A block id of weeklySchedule belongs to another program");

        Assert.Equal(["First", "Second"], Strings(await GetArrayAsync(client, $"/api/{root}/programs"), "name"));
        Assert.Equal(second.ToJsonString(), (await GetProgramAsync(client, root, (string)second["id"]!)).ToJsonString());
    }

    [Fact]
    public async Task A_program_stays_editable_after_a_scheduled_template_and_a_selected_goal_are_deleted()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var goal = (string)(await client.CreateGoalAsync(root, root, "LongTermGoal"))["id"]!;
        var upper = await CreateTemplateAsync(client, root, "Upper");
        var a = NewBlockId();
        var body = ProgramBody("Winter", "2026-02-01", "2026-02-28", [goal], Block(a, "A", "2026-02-02", "2026-02-08", ("monday", [upper])));
        var program = await CreateProgramAsync(client, root, body);
        Assert.Equal(HttpStatusCode.OK, (await DeleteAsync(client, $"/api/{root}/session-templates/{upper}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DeleteAsync(client, $"/api/{root}/goals/{goal}")).StatusCode);

        // The editor re-sends everything it has, the deleted template and goal included.
        var updated = await ReadObjectAsync(await PutAsync(client, $"/api/{root}/programs/{program["id"]}", body.Replace("\"Winter\"", "\"Winter 2\"", StringComparison.Ordinal)));

        Assert.Equal("Winter 2", (string?)updated["name"]);
        Assert.Equal($"[\"{goal}\"]", updated["goal_ids"]!.ToJsonString());
        Assert.Equal("Upper", (string?)DaysOf(BlockOf(updated, a))[0]["sessions"]![0]!["template_name"]);
    }

    [Fact]
    public async Task Delete_removes_the_program_with_its_blocks_days_and_sessions()
    {
        var client = factory.CreateClient();
        var root = await CreateFractalAsync(client);
        var upper = await CreateTemplateAsync(client, root, "Upper");
        var a = NewBlockId();
        var program = await CreateProgramAsync(client, root, ProgramBody("Winter", "2026-02-01", "2026-02-28", null, Block(a, "A", "2026-02-02", "2026-02-08", ("monday", [upper]))));
        var id = (string)program["id"]!;

        var response = await DeleteAsync(client, $"/api/{root}/programs/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"message":"Program deleted successfully"}""", (await ReadObjectAsync(response)).ToJsonString());
        await ProblemAssert.IsProblemAsync(await DeleteAsync(client, $"/api/{root}/programs/{id}"), HttpStatusCode.NotFound, "Program not found");
        long left = -1;
        await factory.SeedAsync(async db => left = await SqlCountAsync(db, $"SELECT (SELECT COUNT(*) FROM program_blocks WHERE id = '{a}') + (SELECT COUNT(*) FROM program_days WHERE block_id = '{a}')"));
        Assert.Equal(0, left);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/{root}/session-templates/{upper}", UriKind.Relative), Ct)).StatusCode);
    }

    private static async Task<long> SqlCountAsync(Infrastructure.Persistence.FractalGoalsDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
