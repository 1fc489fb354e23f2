using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests;

/// <summary>
/// The real API on a fresh SQLite file in a temp folder; the app applies its own migrations at start,
/// exactly as a user's first run does. The folder is deleted on dispose.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fractal-goals-api-tests", Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(_folder, "api.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:FractalGoals", $"Data Source={DatabaseFile}");
    }

    /// <summary>
    /// Writes rows the API cannot (yet) make, through the app's own context in its own scope; the seed saves
    /// its changes itself.
    /// </summary>
    public async Task SeedAsync(Func<FractalGoals.Infrastructure.Persistence.FractalGoalsDbContext, Task> seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        await using var scope = Services.CreateAsyncScope();
        await seed(scope.ServiceProvider.GetRequiredService<FractalGoals.Infrastructure.Persistence.FractalGoalsDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // still held by a pooled connection on another thread; the OS cleans temp folders
        }
    }
}
