using FractalGoals.Infrastructure.Persistence;
using FractalGoals.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.FunctionalTests;

/// <summary>
/// The real API on a fresh database of the suite's provider (<see cref="TestStore"/>): a SQLite file in a temp
/// folder, or a PostgreSQL database of its own. The app applies its own migrations at start, exactly as a user's
/// first run does. The folder is deleted (the database dropped) on dispose.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fractal-goals-api-tests", Guid.NewGuid().ToString("N"));
    private string? _postgres;

    public ApiFactory()
        : this(TestStore.Provider)
    {
    }

    private ApiFactory(DatabaseProvider provider, string? existingDatabase = null)
    {
        Provider = provider;
        _existing = existingDatabase;
    }

    private readonly string? _existing;

    /// <summary>
    /// An API on a given provider, whatever the suite's (for tests that compare the two); on an existing database
    /// (which the caller owns and disposes) when <paramref name="existingDatabase"/> is a connection string.
    /// </summary>
    public static ApiFactory On(DatabaseProvider provider, string? existingDatabase = null) => new(provider, existingDatabase);

    /// <summary>
    /// The API in <c>Accounts</c> mode (ADR 0051) on the suite's provider. Every test client shares one address, so
    /// the login/register rate limit is lifted unless <paramref name="settings"/> sets it (as the rate-limit test does).
    /// </summary>
    public static ApiFactory WithAccounts(params (string Key, string Value)[] settings)
    {
        var factory = new ApiFactory(TestStore.Provider);
        factory._settings["FractalGoals:Auth:Mode"] = "Accounts";
        factory._settings["FractalGoals:Auth:RateLimit:PermitLimit"] = "100000";
        foreach (var (key, value) in settings) factory._settings[key] = value;
        return factory;
    }

    private readonly Dictionary<string, string> _settings = [];

    public DatabaseProvider Provider { get; }

    public string DatabaseFile => Path.Combine(_folder, "api.db");

    /// <summary>The app's connection string (the SQLite file's or the PostgreSQL database's).</summary>
    public string ConnectionString => _existing ?? _postgres ?? $"Data Source={DatabaseFile}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        if (Provider == DatabaseProvider.Postgres && _existing is null)
            _postgres ??= TestStore.CreatePostgresDatabaseAsync().GetAwaiter().GetResult();
        builder.UseEnvironment("Testing");
        builder.UseSetting(DatabaseProviders.ConfigurationKey, Provider.ToString().ToLowerInvariant());
        builder.UseSetting("ConnectionStrings:FractalGoals", ConnectionString);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
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
        if (_postgres is not null) await TestStore.DropPostgresDatabaseAsync(_postgres);
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
