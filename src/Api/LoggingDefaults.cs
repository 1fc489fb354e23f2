namespace FractalGoals.Api;

/// <summary>
/// Log levels the API starts with when nothing else is configured. EF Core reports every SQL command at
/// Information; on the console that is a line (and a synchronous write under load) per query, so the command
/// category starts at Warning. Defaults sit beneath every other source: <c>Logging__LogLevel__…</c> variables,
/// appsettings or <c>--Logging:LogLevel:…=Information</c> still win.
/// </summary>
internal static class LoggingDefaults
{
    public const string SqlCommandCategory = "Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command";

    public static void Apply(IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { [SqlCommandCategory] = "Warning" },
        });
    }
}
