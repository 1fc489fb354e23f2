using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Goals.ListFractals;
using FractalGoals.Application.ReadModels;
using FractalGoals.Infrastructure.Persistence;
using FractalGoals.Infrastructure.Persistence.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.Infrastructure;

public static class InfrastructureServices
{
    /// <summary>SQLite persistence for the given <c>Data Source=…</c> string (default <c>data/fractal-goals.db</c>).</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string? connectionString) =>
        services.AddInfrastructure(DatabaseProvider.Sqlite, connectionString);

    /// <summary>
    /// Persistence on the configured provider. Everything resolves <see cref="FractalGoalsDbContext"/>; on PostgreSQL
    /// that is a <see cref="PostgresFractalGoalsDbContext"/> (ADR 0026). Contexts are pooled: options, services and
    /// connection object are set up once, not per request (ADR 0033). Interceptors registered as singleton
    /// <see cref="IInterceptor"/> services join the built-in ones (diagnostics, tests counting commands).
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, DatabaseProvider provider, string? connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new ArgumentException("The postgres provider needs ConnectionStrings:FractalGoals (Host=…;Database=…;Username=…)", nameof(connectionString));
            services.AddDbContextPool<FractalGoalsDbContext, PostgresFractalGoalsDbContext>((provider, options) =>
                ConfigurePostgres(options, connectionString).AddInterceptors(provider.GetServices<IInterceptor>()));
        }
        else
        {
            var normalised = SqliteConnectionStrings.Normalise(connectionString);
            services.AddDbContextPool<FractalGoalsDbContext>((provider, options) =>
                Configure(options, normalised).AddInterceptors(provider.GetServices<IInterceptor>()));
        }
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<FractalGoalsDbContext>());
        services.AddScoped(typeof(IReadRepository<>), typeof(EfRepository<>));
        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped<IFractalUpdateStamps, FractalUpdateStamps>();
        services.AddScoped<IInstanceRows, InstanceRows>();
        return services;
    }

    internal static TBuilder Configure<TBuilder>(TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(FractalGoalsDbContext).Assembly.GetName().Name))
            .AddInterceptors(new SqliteConnectionPragmas());
        return options;
    }

    internal static TBuilder ConfigurePostgres<TBuilder>(TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(FractalGoalsDbContext).Assembly.GetName().Name));
        return options;
    }

    /// <summary>A context on <paramref name="provider"/> outside dependency injection (maintenance commands, tests).</summary>
    public static FractalGoalsDbContext CreateContext(DatabaseProvider provider, string connectionString, TimeProvider clock) =>
        provider == DatabaseProvider.Postgres
            ? new PostgresFractalGoalsDbContext(ConfigurePostgres(new DbContextOptionsBuilder<PostgresFractalGoalsDbContext>(), connectionString).Options, clock)
            : new FractalGoalsDbContext(Configure(new DbContextOptionsBuilder<FractalGoalsDbContext>(), SqliteConnectionStrings.Normalise(connectionString)).Options, clock);
}
