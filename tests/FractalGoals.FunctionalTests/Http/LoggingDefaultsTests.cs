using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FractalGoals.FunctionalTests.Http;

/// <summary>The API does not print every SQL command unless asked to; asking still works.</summary>
public sealed class LoggingDefaultsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string SqlCommands = "Microsoft.EntityFrameworkCore.Database.Command";

    [Fact]
    public void Sql_commands_are_not_logged_at_information_by_default_but_requests_still_are()
    {
        var loggers = factory.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger(SqlCommands).IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger(SqlCommands).IsEnabled(LogLevel.Warning));
        Assert.True(loggers.CreateLogger("FractalGoals.Api").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public void A_configured_level_wins_over_the_default()
    {
        using var verbose = factory.WithWebHostBuilder(builder => builder.UseSetting($"Logging:LogLevel:{SqlCommands}", "Information"));

        Assert.True(verbose.Services.GetRequiredService<ILoggerFactory>().CreateLogger(SqlCommands).IsEnabled(LogLevel.Information));
    }
}
