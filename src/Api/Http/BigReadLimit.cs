using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FractalGoals.Api.Http;

/// <summary>
/// A bulkhead for the reads that render whole fractals (trees, session lists — megabytes each, ADR 0034): at most
/// <c>FractalGoals:BigReadConcurrency</c> of them run at once (default: one per core), the rest wait their turn in
/// arrival order. They are CPU-bound, so running more at once than there are cores only multiplies the memory held
/// (each holds its fractal's rows) without finishing any sooner. Small reads and writes are never held back.
/// </summary>
internal static class BigReadLimit
{
    public const string Policy = "big-reads";
    public const string ConfigurationKey = "FractalGoals:BigReadConcurrency";

    // Waiting requests hold no rows; past this many the server is overwhelmed and says so rather than queue forever.
    private const int QueueLimit = 1000;

    public static IServiceCollection AddBigReadLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue<int?>(ConfigurationKey) ?? Environment.ProcessorCount;
        if (permits < 1) throw new ArgumentException($"{ConfigurationKey} must be at least 1 (was {permits})", nameof(configuration));
        return services.AddRateLimiter(options =>
        {
            options.AddConcurrencyLimiter(Policy, limiter =>
            {
                limiter.PermitLimit = permits;
                limiter.QueueLimit = QueueLimit;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            options.OnRejected = (context, _) => new ValueTask(
                ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, "Server busy, try again shortly", "busy").ExecuteAsync(context.HttpContext));
        });
    }

    /// <summary>Marks an endpoint as a big read.</summary>
    public static TBuilder AsBigRead<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.RequireRateLimiting(Policy);
}
