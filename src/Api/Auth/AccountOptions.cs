using System.Globalization;

namespace FractalGoals.Api.Auth;

/// <summary>
/// The <c>Accounts</c> mode's limits (ADR 0051), under <c>FractalGoals:Auth</c>: token lifetimes, lockout and the
/// login/register rate limit. Read once at start-up; a wrong value stops the start with its key named.
/// </summary>
internal sealed class AccountOptions
{
    public const string AccessTokenMinutesKey = AuthSettings.Section + ":AccessTokenMinutes";
    public const string RefreshTokenDaysKey = AuthSettings.Section + ":RefreshTokenDays";
    public const string LockoutAttemptsKey = AuthSettings.Section + ":Lockout:MaxFailedAttempts";
    public const string LockoutMinutesKey = AuthSettings.Section + ":Lockout:Minutes";
    public const string RateLimitPermitsKey = AuthSettings.Section + ":RateLimit:PermitLimit";
    public const string RateLimitWindowKey = AuthSettings.Section + ":RateLimit:WindowSeconds";

    /// <summary>Bearer access tokens live 15 minutes: they are not checked against the security stamp (ADR 0051).</summary>
    public TimeSpan AccessToken { get; init; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshToken { get; init; } = TimeSpan.FromDays(14);

    public int LockoutAttempts { get; init; } = 5;

    public TimeSpan Lockout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Login and register requests per client address and window.</summary>
    public int RateLimitPermits { get; init; } = 10;

    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    public static AccountOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new AccountOptions();
        return new AccountOptions
        {
            AccessToken = TimeSpan.FromMinutes(Positive(configuration, AccessTokenMinutesKey, defaults.AccessToken.TotalMinutes)),
            RefreshToken = TimeSpan.FromDays(Positive(configuration, RefreshTokenDaysKey, defaults.RefreshToken.TotalDays)),
            LockoutAttempts = (int)Positive(configuration, LockoutAttemptsKey, defaults.LockoutAttempts),
            Lockout = TimeSpan.FromMinutes(Positive(configuration, LockoutMinutesKey, defaults.Lockout.TotalMinutes)),
            RateLimitPermits = (int)Positive(configuration, RateLimitPermitsKey, defaults.RateLimitPermits),
            RateLimitWindow = TimeSpan.FromSeconds(Positive(configuration, RateLimitWindowKey, defaults.RateLimitWindow.TotalSeconds)),
        };
    }

    private static double Positive(IConfiguration configuration, string key, double fallback)
    {
        var text = configuration[key];
        if (text is null) return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || double.IsInfinity(value))
            throw new ArgumentException($"{key} must be a positive number, not '{text}'");
        return value;
    }
}
