namespace FractalGoals.Api.Endpoints;

internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (IHostEnvironment environment, IConfiguration configuration) => Results.Json(new Dictionary<string, string>
        {
            ["status"] = "healthy",
            ["message"] = "Fractal Goals .NET Server",
            ["environment"] = environment.EnvironmentName.ToLowerInvariant(),
            ["database"] = configuration["FractalGoals:Database:Name"] ?? "fractal-goals.db",
        })).WithName("Health");
        return app;
    }
}
