using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FractalGoals.FunctionalTests.Sessions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests.Persistence;

/// <summary>
/// The big reads run a fixed number of SQL commands however much data there is (ADR 0030): no query per fractal,
/// per session or per instance. Each read is counted, the data grown, and the read counted again.
/// </summary>
public sealed class QueryCountTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reading_a_fractal_s_tree_and_sessions_costs_the_same_with_two_sessions_or_eight()
    {
        var counter = new CommandCounter();
        var client = Counted(counter);
        var fractal = await SessionTestData.FractalAsync(factory);
        await AddSessionsAsync(client, fractal, 2);
        var small = await CountAsync(client, counter, [$"/api/{fractal.RootId}/goals", $"/api/{fractal.RootId}/sessions", $"/api/{fractal.RootId}/sessions?limit=1"]);
        Assert.All(small, count => Assert.InRange(count, 1, 6));

        await AddSessionsAsync(client, fractal, 6);
        var large = await CountAsync(client, counter, [$"/api/{fractal.RootId}/goals", $"/api/{fractal.RootId}/sessions", $"/api/{fractal.RootId}/sessions?limit=1"]);

        Assert.Equal(small, large);
        Assert.All(large, count => Assert.InRange(count, 1, 6));
    }

    [Fact]
    public async Task The_cross_fractal_lists_cost_the_same_with_one_fractal_or_four()
    {
        var counter = new CommandCounter();
        var client = Counted(counter);
        await AddSessionsAsync(client, await SessionTestData.FractalAsync(factory), 1);
        string[] urls = ["/api/fractals", "/api/practice-sessions", "/api/practice-sessions?limit=2"];
        var one = await CountAsync(client, counter, urls);
        Assert.All(one, count => Assert.InRange(count, 1, 6));

        for (var i = 0; i < 3; i++) await AddSessionsAsync(client, await SessionTestData.FractalAsync(factory), 2);
        var four = await CountAsync(client, counter, urls);

        Assert.Equal(one, four);
        Assert.All(four, count => Assert.InRange(count, 1, 6));   // a page: sessions, count, goals, instances, values (ADR 0032), names
    }

    [Fact]
    public async Task Every_fractal_s_tree_is_read_one_fractal_at_a_time_with_at_most_four_queries_each()
    {
        var counter = new CommandCounter();
        var client = Counted(counter);
        await AddSessionsAsync(client, await SessionTestData.FractalAsync(factory), 1);
        var fractalsBefore = (await client.GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!.Count;
        var before = (await CountAsync(client, counter, ["/api/goals"]))[0];

        for (var i = 0; i < 3; i++) await AddSessionsAsync(client, await SessionTestData.FractalAsync(factory), 2);
        var added = (await client.GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!.Count - fractalsBefore;
        var after = (await CountAsync(client, counter, ["/api/goals"]))[0];

        // ADR 0032: memory bounded by the largest fractal instead of the database, at the price of queries per
        // fractal (goals, instances, values, names — each searching a root_id index).
        Assert.Equal(3, added);
        Assert.InRange(after - before, added, 4 * added);
        Assert.InRange(before, 1, 1 + 4 * fractalsBefore);
    }

    // An interceptor, not a log listener: EF stops reporting commands to loggers for a second when it finds nobody
    // listening to the "executing" event, and on a slow CI machine that window swallowed whole requests.
    private HttpClient Counted(CommandCounter counter) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(counter))).CreateClient();

    private static async Task<int[]> CountAsync(HttpClient client, CommandCounter counter, string[] urls)
    {
        var counts = new List<int>();
        foreach (var url in urls)
        {
            counter.Reset();
            var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            counts.Add(counter.Count);
        }
        return [.. counts];
    }

    // Sessions linked to a short-term goal, each with one instance (so instances and activity names are read too).
    private async Task AddSessionsAsync(HttpClient client, SeededFractal fractal, int count)
    {
        var activity = await SessionTestData.ActivityAsync(factory, fractal.RootId);
        for (var i = 0; i < count; i++)
        {
            var session = await SessionTestData.CreateSessionAsync(client, fractal.RootId, new { name = $"S{i}", parent_ids = new[] { fractal.ShortTermGoalIds[0] } });
            var instance = await SessionTestData.AddInstanceAsync(client, fractal.RootId, (string)session["id"]!, new { activity_definition_id = activity.Id });
            var data = new JsonObject { ["sections"] = new JsonArray(new JsonObject { ["activity_ids"] = new JsonArray((string)instance["id"]!) }) };
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/{fractal.RootId}/sessions/{session["id"]}", new { session_data = data.ToJsonString() }, Ct)).StatusCode);
        }
    }

    /// <summary>Counts the SQL commands the host it is added to executes.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
            Counted(result);

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Counted(result));

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => Counted(result);

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Counted(result));

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Counted(result);

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Counted(result));

        private T Counted<T>(T result)
        {
            Interlocked.Increment(ref _count);
            return result;
        }
    }
}
