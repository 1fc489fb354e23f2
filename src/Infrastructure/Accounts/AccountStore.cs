using FractalGoals.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FractalGoals.Infrastructure.Accounts;

public static class AccountStore
{
    /// <summary>Identity's user store on our context (either provider: PostgreSQL's context is a FractalGoalsDbContext).</summary>
    public static IdentityBuilder AddAccountStore(this IdentityBuilder builder) =>
        builder.AddEntityFrameworkStores<FractalGoalsDbContext>();
}
