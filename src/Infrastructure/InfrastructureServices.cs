using FractalGoals.Application.Common.Persistence;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.Infrastructure;

public static class InfrastructureServices
{
    /// <summary>SQLite persistence for the given <c>Data Source=…</c> string (default <c>data/fractal-goals.db</c>).</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string? connectionString)
    {
        var normalised = SqliteConnectionStrings.Normalise(connectionString);
        services.AddDbContext<FractalGoalsDbContext>(options => Configure(options, normalised));
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<FractalGoalsDbContext>());
        services.AddScoped(typeof(IReadRepository<>), typeof(EfRepository<>));
        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        return services;
    }

    internal static TBuilder Configure<TBuilder>(TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(FractalGoalsDbContext).Assembly.GetName().Name))
            .AddInterceptors(new SqliteConnectionPragmas());
        return options;
    }
}
