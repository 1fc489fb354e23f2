using System.Security.Claims;
using FractalGoals.Application.Common.Callers;

namespace FractalGoals.Api.Auth;

/// <summary><c>Local</c> mode: nobody in particular, every request acts as the one local owner.</summary>
internal sealed class LocalCaller : ICaller
{
    public string? UserId => null;
}

/// <summary><c>Accounts</c> mode: the account the bearer token names (Identity's user-id claim).</summary>
internal sealed class AccountCaller(IHttpContextAccessor accessor) : ICaller
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
}
