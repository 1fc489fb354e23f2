namespace FractalGoals.Api.Auth;

/// <summary>Who a request acts as (issue 16): nobody in particular (<see cref="Local"/>) or a signed-in account.</summary>
public enum AuthMode
{
    /// <summary>No accounts: every request acts as the one local owner. Only safe on loopback.</summary>
    Local,

    /// <summary>Every /api request needs a bearer token; each user sees only the fractals they own.</summary>
    Accounts,
}

/// <summary>The <c>FractalGoals:Auth</c> settings, read once at start-up.</summary>
public sealed class AuthSettings
{
    public const string Section = "FractalGoals:Auth";
    public const string ModeKey = Section + ":Mode";
    public const string AllowAnonymousRemoteKey = Section + ":AllowAnonymousRemote";

    public AuthMode Mode { get; init; } = AuthMode.Local;

    /// <summary>
    /// Local mode on an address other than loopback: refused at start unless this says that anonymous access from
    /// other machines is wanted.
    /// </summary>
    public bool AllowAnonymousRemote { get; init; }

    /// <summary>The settings, or an <see cref="ArgumentException"/> naming the key and its allowed values.</summary>
    public static AuthSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var mode = configuration[ModeKey];
        if (mode is not null && !Enum.TryParse<AuthMode>(mode, ignoreCase: true, out _) || mode is not null && int.TryParse(mode, out _))
            throw new ArgumentException($"{ModeKey} must be Local or Accounts, not '{mode}'");
        var allow = configuration[AllowAnonymousRemoteKey];
        if (allow is not null && !bool.TryParse(allow, out _))
            throw new ArgumentException($"{AllowAnonymousRemoteKey} must be true or false, not '{allow}'");
        var parsed = mode is null ? AuthMode.Local : Enum.Parse<AuthMode>(mode, ignoreCase: true);
        return new AuthSettings
        {
            Mode = parsed,
            AllowAnonymousRemote = allow is not null && bool.Parse(allow),
        };
    }
}
