using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the API.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FractalGoalsDbContext>
{
    public FractalGoalsDbContext CreateDbContext(string[] args) =>
        new(InfrastructureServices.Configure(new DbContextOptionsBuilder<FractalGoalsDbContext>(), "Data Source=design-time.db").Options, TimeProvider.System);
}
