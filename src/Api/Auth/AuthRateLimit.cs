using System.Globalization;
using System.Threading.RateLimiting;
using FractalGoals.Api.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace FractalGoals.Api.Auth;

/// <summary>
/// Login and register (ADR 0051): a fixed window per client address, so password guessing and mass sign-ups cost
/// time; a refused request answers 429 with <c>Retry-After</c> and the usual problem body. Its own rejection, so
/// the big-read bulkhead keeps its 503 (<see cref="BigReadLimit"/>).
/// </summary>
internal sealed class AuthRateLimit(AccountOptions options) : IRateLimiterPolicy<string>
{
    public const string Policy = "auth";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => Reject;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RateLimitPermits, Window = options.RateLimitWindow, QueueLimit = 0 });
    }

    private static async ValueTask Reject(OnRejectedContext context, CancellationToken cancellationToken)
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many attempts; try again later", "rate-limited").ExecuteAsync(context.HttpContext);
    }
}
