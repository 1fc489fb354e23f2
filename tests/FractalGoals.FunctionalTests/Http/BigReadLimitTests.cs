using System.Net;
using FractalGoals.FunctionalTests.Sessions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests.Http;

/// <summary>Whole-fractal reads take turns (ADR 0034); they wait, they are not refused, and nothing else waits with them.</summary>
public sealed class BigReadLimitTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Exactly_the_whole_fractal_reads_are_limited()
    {
        var limited = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == "big-reads")
            .Select(e => $"{string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText?.TrimEnd('/')}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            ["GET /api/goals", "GET /api/practice-sessions", "GET /api/{root_id}/goals", "GET /api/{root_id}/goals/{goal_id}", "GET /api/{root_id}/sessions"],
            limited);
    }

    [Fact]
    public async Task With_one_permit_parallel_tree_reads_all_answer_200_in_turn()
    {
        using var single = factory.WithWebHostBuilder(builder => builder.UseSetting("FractalGoals:BigReadConcurrency", "1"));
        var client = single.CreateClient();
        var fractal = await SessionTestData.FractalAsync(factory);   // the same database
        await SessionTestData.CreateSessionAsync(client, fractal.RootId, new { name = "S", parent_ids = new[] { fractal.ShortTermGoalIds[0] } });

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            client.GetAsync(new Uri(i % 2 == 0 ? $"/api/{fractal.RootId}/goals" : $"/api/{fractal.RootId}/sessions", UriKind.Relative), Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/{fractal.RootId}/activities", UriKind.Relative), Ct)).StatusCode);
    }
}
