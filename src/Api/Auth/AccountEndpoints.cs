using FractalGoals.Api.Http;
using FractalGoals.Infrastructure.Accounts;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Api.Auth;

/// <summary>Our account routes beside Identity's (ADR 0051): built on UserManager and SignInManager, no crypto of our own.</summary>
internal static class AccountEndpoints
{
    /// <summary>
    /// <c>POST /api/auth/logout-everywhere</c>: a new security stamp, so every refresh token of the account stops
    /// working; access tokens already handed out live out their short lifetime.
    /// </summary>
    public static async Task<IResult> LogoutEverywhere(HttpContext context, UserManager<AccountUser> users)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(users);
        if (await users.GetUserAsync(context.User) is not { } user) return ApiProblems.StatusProblem(StatusCodes.Status401Unauthorized);
        var updated = await users.UpdateSecurityStampAsync(user);
        return updated.Succeeded ? TypedResults.NoContent() : Failed(updated);
    }

    /// <summary>
    /// <c>DELETE /api/auth/account</c> with <c>{"password"}</c>: the password is checked as a login would (a wrong one
    /// counts towards the lockout); refused with 409 while the account owns fractals; otherwise the user is deleted.
    /// </summary>
    public static async Task<IResult> DeleteAccount(RequestBody body, HttpContext context, UserManager<AccountUser> users,
        SignInManager<AccountUser> signIn, FractalGoalsDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(db);
        var password = body.Field<string>("password");
        if (password.IsWrongType || string.IsNullOrEmpty(password.Value))
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "password is required", "invalid");
        if (await users.GetUserAsync(context.User) is not { } user) return ApiProblems.StatusProblem(StatusCodes.Status401Unauthorized);
        var check = await signIn.CheckPasswordSignInAsync(user, password.Value, lockoutOnFailure: true);
        if (check.IsLockedOut) return ApiProblems.Problem(StatusCodes.Status400BadRequest, "The account is locked out; try again later", "locked-out");
        if (!check.Succeeded) return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Wrong password", "wrong-password");
        var owned = await db.Set<FractalOwner>().CountAsync(o => o.UserId == user.Id, ct);
        if (owned > 0)
            return ApiProblems.Problem(StatusCodes.Status409Conflict, $"The account owns {owned} fractal(s); delete them first", "owns-fractals");
        var deleted = await users.DeleteAsync(user);
        return deleted.Succeeded ? TypedResults.NoContent() : Failed(deleted);
    }

    private static IResult Failed(IdentityResult result) =>
        ApiProblems.Problem(StatusCodes.Status400BadRequest, string.Join("; ", result.Errors.Select(e => e.Description)), "invalid");
}
