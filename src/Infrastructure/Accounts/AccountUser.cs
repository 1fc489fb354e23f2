using Microsoft.AspNetCore.Identity;

namespace FractalGoals.Infrastructure.Accounts;

/// <summary>
/// An account of <c>Accounts</c> mode (issue 16, ADR 0051): ASP.NET Core Identity's user, stored in table
/// <c>users</c> of the same database. Nothing of ours is added yet; the id is Identity's (a GUID as text).
/// </summary>
public sealed class AccountUser : IdentityUser
{
}
