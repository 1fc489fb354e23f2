using FractalGoals.Api.Endpoints;
using FractalGoals.Application;
using FractalGoals.Infrastructure;
using FractalGoals.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);
if (builder.Configuration["urls"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
    builder.WebHost.UseUrls("http://127.0.0.1:8001");   // the React client's default base URL
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration.GetConnectionString("FractalGoals"));

var app = builder.Build();

// A new user's first run creates data/fractal-goals.db; an existing file gets its pending migrations.
await using (var scope = app.Services.CreateAsyncScope())
{
    await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<FractalGoalsDbContext>(), CancellationToken.None);
}

app.MapHealthEndpoint();
await app.RunAsync();

/// <summary>Entry point; public so functional tests can host it with WebApplicationFactory.</summary>
public partial class Program;
