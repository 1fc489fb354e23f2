using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FractalGoals.Infrastructure.Persistence.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add X --context PostgresFractalGoalsDbContext --output-dir Persistence/Postgres/Migrations</c>
/// build the PostgreSQL model without a server (no connection is opened to add a migration).
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresFractalGoalsDbContext>
{
    public PostgresFractalGoalsDbContext CreateDbContext(string[] args) =>
        new(InfrastructureServices.ConfigurePostgres(new DbContextOptionsBuilder<PostgresFractalGoalsDbContext>(), "Host=localhost;Database=design_time").Options, TimeProvider.System);
}
