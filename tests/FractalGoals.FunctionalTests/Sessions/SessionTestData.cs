using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.FunctionalTests.Sessions;

/// <summary>A fractal made through the API, with goal levels and activities seeded through the domain API.</summary>
public sealed record SeededFractal(string RootId, string MidTermGoalId, IReadOnlyList<string> ShortTermGoalIds);

public sealed record SeededActivity(string Id, string MetricId, string OtherMetricId, IReadOnlyList<string> SplitIds);

internal static class SessionTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SeededFractal> FractalAsync(ApiFactory factory, int shortTermGoals = 2)
    {
        var created = await (await factory.CreateClient().PostAsJsonAsync("/api/fractals", new { name = "Guitar" }, Ct))
            .Content.ReadFromJsonAsync<JsonObject>(Ct);
        var rootId = (string)created!["id"]!;
        string midId = "";
        var stgIds = new List<string>();
        await factory.SeedAsync(async db =>
        {
            var root = await db.Goals.AsTracking().SingleAsync(g => g.Id == new GoalId(rootId), Ct);
            var now = DateTime.Now;
            var longTerm = root.AddChild("Play jazz", null, GoalType.LongTermGoal, null, now);
            var midTerm = longTerm.AddChild("Learn CAGED", null, GoalType.MidTermGoal, null, now);
            db.AddRange(longTerm, midTerm);
            midId = midTerm.Id.Value;
            for (var i = 0; i < shortTermGoals; i++)
            {
                var stg = midTerm.AddChild($"Shape {i}", null, GoalType.ShortTermGoal, null, now);
                db.Add(stg);
                stgIds.Add(stg.Id.Value);
            }
        });
        return new SeededFractal(rootId, midId, stgIds);
    }

    public static async Task<SeededActivity> ActivityAsync(ApiFactory factory, string rootId, string name = "Scales")
    {
        SeededActivity? seeded = null;
        await factory.SeedAsync(async db =>
        {
            var root = await db.Goals.SingleAsync(g => g.Id == new GoalId(rootId), Ct);
            var activity = ActivityDefinition.Create(root,
                new ActivityDetails(name, HasSplits: true, Metrics: [new MetricDraft("Reps", "count"), new MetricDraft("Weight", "kg")],
                    Splits: [new SplitDraft("Left"), new SplitDraft("Right")]),
                null, DateTime.Now);
            db.Add(activity);
            seeded = new SeededActivity(activity.Id.Value, activity.Metrics[0].Id.Value, activity.Metrics[1].Id.Value,
                [.. activity.Splits.Select(s => s.Id.Value)]);
        });
        return seeded!;
    }

    public static async Task DeleteGoalAsync(ApiFactory factory, string rootId, string goalId) =>
        await factory.SeedAsync(async db =>
        {
            var members = await db.Goals.AsTracking().IgnoreQueryFilters().Where(g => g.RootId == new GoalId(rootId)).ToListAsync(Ct);
            new GoalTree(members.Single(g => g.Id == new GoalId(rootId)), members).Delete(new GoalId(goalId), DateTime.Now);
        });

    public static async Task<Goal?> RawGoalAsync(ApiFactory factory, string id)
    {
        Goal? goal = null;
        await factory.SeedAsync(async db => goal = await db.Goals.IgnoreQueryFilters().SingleOrDefaultAsync(g => g.Id == new GoalId(id), Ct));
        return goal;
    }

    public static async Task<ActivityInstance?> RawInstanceAsync(ApiFactory factory, string id)
    {
        ActivityInstance? instance = null;
        await factory.SeedAsync(async db => instance = await db.Set<ActivityInstance>().IgnoreQueryFilters()
            .SingleOrDefaultAsync(i => i.Id == new ActivityInstanceId(id), Ct));
        return instance;
    }

    public static async Task<JsonObject> CreateSessionAsync(HttpClient client, string rootId, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/{rootId}/sessions", body, Ct);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    public static async Task<JsonObject> AddInstanceAsync(HttpClient client, string rootId, string sessionId, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/{rootId}/sessions/{sessionId}/activities", body, Ct);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
    }

    public static async Task<JsonArray> SessionsAsync(HttpClient client, string rootId) =>
        (await client.GetFromJsonAsync<JsonArray>($"/api/{rootId}/sessions", Ct))!;

    public static JsonObject? Find(JsonArray list, string id) => list.Select(n => n!.AsObject()).FirstOrDefault(n => (string?)n["id"] == id);

    public static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(n => (string)n!)];
}
