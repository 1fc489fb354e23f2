using FractalGoals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FractalGoals.Api.Endpoints;

/// <summary>
/// <c>/health</c>: the contract's liveness body (§4.1), naming the database actually open; it touches nothing.
/// <c>/health/ready</c>: readiness, 200 when a query on the goals table succeeds, 503 when it does not (ADR 0039).
/// </summary>
internal static class HealthEndpoint
{
    public const string ReadyPath = "/health/ready";

    /// <summary>
    /// A query on <c>goals</c> rather than EF's CanConnect: SQLite "connects" to a missing file by creating an empty
    /// one, and a PostgreSQL database without our schema accepts connections too.
    /// </summary>
    public static IServiceCollection AddReadinessCheck(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<FractalGoalsDbContext>("database",
            customTestQuery: async (db, ct) =>
            {
                await db.Goals.AnyAsync(ct);   // an empty database is ready too: only a failing query is not
                return true;
            });
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (IHostEnvironment environment, FractalGoalsDbContext db) => TypedResults.Json(new Dictionary<string, string>
        {
            ["status"] = "healthy",
            ["message"] = "Fractal Goals .NET Server",
            ["environment"] = environment.EnvironmentName.ToLowerInvariant(),
            ["database"] = DatabaseNames.NameOf(db.Database),
        })).WithName("Health").WithTags("Health")
            .WithSummary("Liveness: the process answers; names the environment and the database file (or PostgreSQL database) open");

        app.MapGet(ReadyPath, Ready).WithName("Ready").WithTags("Health")
            .WithSummary("Readiness: 200 when the database answers a query, 503 when it does not")
            .Produces<Readiness>(StatusCodes.Status200OK).Produces<Readiness>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    // The failure's exception goes to the log (the health-check service logs it), never into the body.
    private static async Task<IResult> Ready(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        return report.Status == HealthStatus.Healthy
            ? TypedResults.Json(new Readiness("healthy"))
            : TypedResults.Json(new Readiness("unhealthy"), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The readiness body: <c>{"status": "healthy"}</c> or <c>{"status": "unhealthy"}</c>.</summary>
    internal sealed record Readiness(string Status);
}
