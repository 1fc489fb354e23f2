using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests;

/// <summary>The app's routes from its own endpoint data, so a test over "every route" covers a new one unedited.</summary>
public static class AppRoutes
{
    public static IReadOnlyList<(string Method, string Pattern, RouteEndpoint Endpoint)> Of(ApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var client = factory.CreateClient();   // builds the host
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, e.RoutePattern.RawText!, e)))
            .ToList();
    }

    /// <summary>The pattern with every parameter filled: <paramref name="rootId"/> for <c>{root_id}</c>, a probe id elsewhere.</summary>
    public static string Path(string pattern, string rootId)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var path = "/" + pattern.TrimStart('/').Replace("{root_id}", Uri.EscapeDataString(rootId), StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(path, "{[^}]+}", "probe");
    }
}
