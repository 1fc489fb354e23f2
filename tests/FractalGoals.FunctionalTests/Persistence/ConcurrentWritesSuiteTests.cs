using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FractalGoals.FunctionalTests.Goals;
using FractalGoals.Infrastructure.LegacyUpgrade;
using Microsoft.EntityFrameworkCore;
using static FractalGoals.FunctionalTests.Activities.ActivityApi;
using static FractalGoals.FunctionalTests.Programs.ProgramApi;

namespace FractalGoals.FunctionalTests.Persistence;

/// <summary>
/// Issue 14's concurrency suite (ADR 0042), on either provider: every create and update route of the app's endpoint
/// data, hit by <see cref="Requests"/> requests released together — identical where a body names a client id,
/// conflicting (each its own name or value) elsewhere — answers only 200, 201 or 409, creates a client id ("race-…") once,
/// restores a deleted row once,
/// leaves one metric value per slot, and (SQLite) a database <c>db verify</c> accepts. A new write route fails the
/// test until it has a body here.
/// </summary>
public sealed class ConcurrentWritesSuiteTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int Requests = 6;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // A valid body per write route; {name} is a route or world id, {i} the request's number.
    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["POST /api/fractals"] = """{"name": "Race {i}"}""",
        ["POST /api/goals"] = """{"name": "Legacy {i}", "type": "ShortTermGoal", "parent_id": "{mid}"}""",
        ["PUT /api/goals/{goal_id}"] = """{"name": "Legacy edit {i}"}""",
        ["PATCH /api/goals/{goal_id}/complete"] = """{"completed": true}""",
        ["POST /api/goals/practice-session"] = """{"parent_ids": ["{short}"]}""",
        ["POST /api/{root_id}/goals"] = """{"name": "Goal {i}", "type": "ShortTermGoal", "parent_id": "{mid}"}""",
        ["PUT /api/{root_id}/goals/{goal_id}"] = """{"name": "Edit {i}", "description": "by {i}"}""",
        ["PATCH /api/{root_id}/goals/{goal_id}/complete"] = """{"completed": true}""",
        ["POST /api/{root_id}/goals/{goal_id}/restore"] = "{}",
        ["POST /api/{root_id}/goals/{goal_id}/targets"] = """{"id": "race-target", "activity_id": "{activity}", "name": "Target {i}", "metrics": [{"metric_id": "{metric}", "value": {i}}]}""",
        ["POST /api/goals/{goal_id}/targets"] = """{"id": "race-target", "activity_id": "{activity}", "name": "Target {i}", "metrics": [{"metric_id": "{metric}", "value": {i}}]}""",
        ["POST /api/{root_id}/sessions"] = """{"name": "Session {i}", "parent_ids": ["{short}"]}""",
        ["PUT /api/{root_id}/sessions/{session_id}"] = """{"name": "Session edit {i}", "session_data": {"writer": {i}}}""",
        ["POST /api/{root_id}/sessions/{session_id}/restore"] = "{}",
        ["POST /api/{root_id}/sessions/{session_id}/activities"] = """{"instance_id": "race-added", "activity_definition_id": "{activity}"}""",
        ["PUT /api/{root_id}/sessions/{session_id}/activities/{instance_id}"] = """{"notes": "note {i}"}""",
        ["POST /api/{root_id}/sessions/{session_id}/activities/reorder"] = """{"activity_ids": ["{instance}"]}""",
        ["PUT /api/{root_id}/sessions/{session_id}/activities/{instance_id}/metrics"] = """{"metrics": [{"metric_id": "{metric}", "value": {i}}]}""",
        ["POST /api/{root_id}/activity-instances"] = """{"instance_id": "race-created", "practice_session_id": "{session}", "activity_definition_id": "{activity}"}""",
        ["POST /api/{root_id}/activity-instances/{instance_id}/start"] = "{}",
        ["POST /api/{root_id}/activity-instances/{instance_id}/stop"] = "{}",
        ["PUT /api/{root_id}/activity-instances/{instance_id}"] = """{"notes": "note {i}"}""",
        ["POST /api/{root_id}/activity-groups"] = """{"name": "Group {i}"}""",
        ["PUT /api/{root_id}/activity-groups/reorder"] = """{"group_ids": ["{group}"]}""",
        ["PUT /api/{root_id}/activity-groups/{group_id}"] = """{"name": "Group edit {i}"}""",
        ["POST /api/{root_id}/activities"] = """{"name": "Activity {i}", "metrics": [{"name": "Reps", "unit": "count"}]}""",
        ["PUT /api/{root_id}/activities/{activity_id}"] = """{"name": "Activity edit {i}"}""",
        ["POST /api/{root_id}/session-templates"] = """{"name": "Template {i}", "template_data": {"sections": []}}""",
        ["PUT /api/{root_id}/session-templates/{template_id}"] = """{"name": "Template edit {i}", "template_data": {"sections": []}}""",
        ["POST /api/{root_id}/programs"] = ProgramBody("Program {i}", "2026-01-05", "2026-02-01"),
        ["PUT /api/{root_id}/programs/{program_id}"] = """{"name": "Program edit {i}"}""",
        ["POST /api/{root_id}/programs/{program_id}/blocks/{block_id}/days"] = """{"name": "Day {i}", "day_of_week": "Monday", "template_ids": ["{template}"]}""",
        ["PUT /api/{root_id}/programs/{program_id}/blocks/{block_id}/days/{day_id}"] = """{"name": "Day edit {i}"}""",
        ["POST /api/{root_id}/programs/{program_id}/blocks/{block_id}/days/{day_id}/copy"] = """{"target_mode": "all"}""",
        ["POST /api/{root_id}/programs/{program_id}/blocks/{block_id}/goals"] = """{"goal_id": "{short}"}""",
    };

    [Fact]
    public async Task Every_create_and_update_route_released_together_answers_200_201_or_409_and_leaves_a_sound_database()
    {
        var client = factory.CreateClient();
        var routes = AppRoutes.Of(factory).Where(r => r.Method is "POST" or "PUT" or "PATCH").Select(r => $"{r.Method} /{r.Pattern.Trim('/')}").ToList();
        Assert.DoesNotContain(routes, r => !Bodies.ContainsKey(r));   // a new write route needs a body here
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var world = await WorldAsync(client);
            var (method, pattern) = (route[..route.IndexOf(' ', StringComparison.Ordinal)], route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            // A restore races on a deleted row: one brings it back, the others find it live.
            var url = Fill(pattern.EndsWith("/restore", StringComparison.Ordinal)
                ? pattern.Replace("{goal_id}", "{deleted_goal}", StringComparison.Ordinal).Replace("{session_id}", "{deleted_session}", StringComparison.Ordinal)
                : pattern, world, 0);
            var responses = await AllAtOnceAsync(i => SendAsync(client, new HttpMethod(method), url, Fill(Bodies[route], world, i)));

            var statuses = responses.Select(r => (int)r.StatusCode).ToList();
            if (statuses.Any(s => s is not (200 or 201 or 409)))
                failures.Add($"{route}: {string.Join(",", statuses)} — {await responses.First(r => (int)r.StatusCode is not (200 or 201 or 409)).Content.ReadAsStringAsync(Ct)}");
            else if (Bodies[route].Contains("\"race-", StringComparison.Ordinal) && statuses.Count(s => s == 201) != 1)
                failures.Add($"{route}: a client id was created {statuses.Count(s => s == 201)} times");
            else if (pattern.EndsWith("/restore", StringComparison.Ordinal) && statuses.Count(s => s == 200) != 1)
                failures.Add($"{route}: {statuses.Count(s => s == 200)} restores of one delete succeeded");
            foreach (var response in responses) response.Dispose();
        }

        Assert.True(failures.Count == 0, "Racing writes that answered something else:\n" + string.Join("\n", failures));
        Assert.Equal(0, await DoubledSlotsAsync());
        if (factory.Provider == Infrastructure.Persistence.DatabaseProvider.Sqlite)
        {
            var checks = await LegacyUpgrader.VerifyAsync(factory.DatabaseFile, Ct);
            Assert.True(checks.All(c => c.Passed), string.Join("\n", checks.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Detail}")));
        }
    }

    private async Task<int> DoubledSlotsAsync()
    {
        var doubled = 0;
        await factory.SeedAsync(async db => doubled = await db.Database.SqlQueryRaw<int>(
            """
            SELECT COUNT(*) AS "Value" FROM (SELECT 1 AS one FROM metric_values
            GROUP BY activity_instance_id, metric_definition_id, COALESCE(split_definition_id, '') HAVING COUNT(*) > 1) AS doubled
            """).SingleAsync(Ct));
        return doubled;
    }

    // One of everything a write route names, in a fractal of its own; the instance's timer is running.
    private static async Task<Dictionary<string, string>> WorldAsync(HttpClient client)
    {
        var chain = await client.CreateChainAsync();
        var root = chain.Root;
        var session = (string)(await CreateAsync(client, $"/api/{root}/sessions", $$"""{"name": "Morning", "parent_ids": ["{{chain.ShortTerm}}"]}"""))["id"]!;
        var group = (string)(await CreateAsync(client, $"/api/{root}/activity-groups", """{"name": "Push"}"""))["id"]!;
        var activity = await CreateAsync(client, $"/api/{root}/activities", $$"""{"name": "Scales", "group_id": "{{group}}", "metrics": [{"name": "Reps", "unit": "count"}]}""");
        var activityId = (string)activity["id"]!;
        var instance = (string)(await CreateAsync(client, $"/api/{root}/sessions/{session}/activities", $$"""{"activity_definition_id": "{{activityId}}"}"""))["id"]!;
        using (var started = await SendAsync(client, HttpMethod.Post, $"/api/{root}/activity-instances/{instance}/start", "{}")) started.EnsureSuccessStatusCode();
        var deletedGoal = (string)(await client.CreateGoalAsync(root, chain.MidTerm, "ShortTermGoal", "Dropped"))["id"]!;
        var deletedSession = (string)(await CreateAsync(client, $"/api/{root}/sessions", """{"name": "Dropped"}"""))["id"]!;
        foreach (var gone in new[] { $"/api/{root}/goals/{deletedGoal}", $"/api/{root}/sessions/{deletedSession}" })
            (await DeleteAsync(client, gone)).EnsureSuccessStatusCode();
        var template = await CreateTemplateAsync(client, root, "Morning");
        var blockId = NewBlockId();
        var program = (string)(await CreateProgramAsync(client, root,
            ProgramBody("Plan", "2026-01-05", "2026-02-01", null, Block(blockId, "Base", "2026-01-05", "2026-02-01", ("monday", [template])))))["id"]!;
        var block = BlockOf(await GetProgramAsync(client, root, program), blockId);
        return new()
        {
            ["root_id"] = root, ["goal_id"] = chain.MidTerm, ["mid"] = chain.MidTerm, ["short"] = chain.ShortTerm, ["session_id"] = session, ["session"] = session,
            ["instance_id"] = instance, ["instance"] = instance, ["activity_id"] = activityId, ["activity"] = activityId,
            ["metric"] = (string)activity["metric_definitions"]![0]!["id"]!, ["group_id"] = group, ["group"] = group,
            ["template_id"] = template, ["template"] = template, ["program_id"] = program, ["block_id"] = (string)block["id"]!,
            ["day_id"] = (string)DaysOf(block)[0]["id"]!, ["deleted_goal"] = deletedGoal, ["deleted_session"] = deletedSession,
        };
    }

    private static string Fill(string text, Dictionary<string, string> world, int i)
    {
        foreach (var (name, id) in world) text = text.Replace("{" + name + "}", id, StringComparison.Ordinal);
        return text.Replace("{i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    // Every request waits on one gate, so they reach the server together rather than in the order they were made.
    private static async Task<HttpResponseMessage[]> AllAtOnceAsync(Func<int, Task<HttpResponseMessage>> send)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Enumerable.Range(0, Requests).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            return await send(i);
        }, Ct)).ToList();
        gate.SetResult();
        return await Task.WhenAll(requests);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string json)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await client.SendAsync(request, Ct);
    }
}
