using FractalGoals.Infrastructure.Persistence;
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
    /// Runs <paramref name="work"/> on the app's own context in a fresh scope, then saves: test data the HTTP API of
    /// this branch cannot make (goal levels, activities) is built with the domain API; also used to read raw columns.
    /// </summary>
    public async Task SeedAsync(Func<FractalGoalsDbContext, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FractalGoalsDbContext>();
        await work(db);
        await db.SaveChangesAsync();
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
