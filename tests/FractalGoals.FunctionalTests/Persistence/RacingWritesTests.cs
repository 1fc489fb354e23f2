using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FractalGoals.Domain.Sessions;
using Microsoft.EntityFrameworkCore;
using FractalGoals.FunctionalTests.Sessions;
using static FractalGoals.FunctionalTests.Sessions.SessionTestData;

namespace FractalGoals.FunctionalTests.Persistence;

/// <summary>
/// Issue 14 (ADR 0042): the races the React client provokes, released together, on either provider. The database
/// decides them: a doubled create with a client id is one 201 and the rest the route's own 409; overlapping metric
/// PUTs leave exactly one row per slot holding one of the values sent.
/// </summary>
public sealed class RacingWritesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int Requests = 8;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_same_new_instance_posted_eight_times_at_once_is_created_once_and_the_rest_answer_409()
    {
        var (root, activity, session, client) = await SessionWithActivityAsync();
        var instanceId = Guid.NewGuid().ToString();

        var responses = await AllAtOnceAsync(_ => client.PostAsJsonAsync($"/api/{root}/sessions/{session}/activities",
            new { instance_id = instanceId, activity_definition_id = activity.Id }, Ct));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict, "Activity instance already exists");
        Assert.Equal(1, await CountAsync(db => db.Set<ActivityInstance>().IgnoreQueryFilters().CountAsync(i => i.Id == new ActivityInstanceId(instanceId), Ct)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Overlapping_metric_puts_for_one_slot_leave_one_row_holding_one_of_the_sent_values(bool withSplit)
    {
        var (root, activity, session, client) = await SessionWithActivityAsync();
        for (var trial = 0; trial < 5; trial++)
        {
            var instance = (string)(await AddInstanceAsync(client, root, session, new { activity_definition_id = activity.Id }))["id"]!;
            var url = $"/api/{root}/sessions/{session}/activities/{instance}/metrics";
            string? split = withSplit ? activity.SplitIds[0] : null;

            var responses = await AllAtOnceAsync(i => client.PutAsJsonAsync(url, new { metrics = new[] { new { metric_id = activity.MetricId, value = (double)i, split_id = split } } }, Ct));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            var stored = await CountAsync(db => db.Set<MetricValue>().Where(v => v.ActivityInstanceId == new ActivityInstanceId(instance)).Select(v => v.Value).ToListAsync(Ct));
            var value = Assert.Single(stored);
            Assert.InRange(value, 0, Requests - 1);
            var listed = (await client.GetFromJsonAsync<JsonArray>($"/api/{root}/sessions/{session}/activities", Ct))!
                .Single(i => (string?)i!["id"] == instance)!["metric_values"]!.AsArray();
            Assert.Equal(value, (double)Assert.Single(listed)!["value"]!);
        }
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

    private async Task<T> CountAsync<T>(Func<Infrastructure.Persistence.FractalGoalsDbContext, Task<T>> read)
    {
        T result = default!;
        await factory.SeedAsync(async db => result = await read(db));
        return result;
    }

    private async Task<(string Root, SeededActivity Activity, string Session, HttpClient Client)> SessionWithActivityAsync()
    {
        var fractal = await FractalAsync(factory);
        var activity = await ActivityAsync(factory, fractal.RootId);
        var client = factory.CreateClient();
        var session = (string)(await CreateSessionAsync(client, fractal.RootId, new { parent_ids = fractal.ShortTermGoalIds }))["id"]!;
        return (fractal.RootId, activity, session, client);
    }
}
