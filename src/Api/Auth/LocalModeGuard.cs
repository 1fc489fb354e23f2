using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace FractalGoals.Api.Auth;

/// <summary>
/// Local mode has no accounts: whoever reaches the port reads and writes every fractal. So in Local mode the server
/// listens on loopback only, unless <see cref="AuthSettings.AllowAnonymousRemoteKey"/> says anonymous access from
/// other machines is wanted (issue 16). Kestrel asks for every endpoint it binds (urls, ASPNETCORE_URLS, the Kestrel
/// section) before binding it, so a refused address is never opened. Unix sockets are local by nature.
/// </summary>
internal static class LocalModeGuard
{
    public static void Check(ListenOptions listen, AuthSettings settings)
    {
        ArgumentNullException.ThrowIfNull(listen);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Mode != AuthMode.Local || settings.AllowAnonymousRemote) return;
        if (listen.IPEndPoint is { } endpoint && !IPAddress.IsLoopback(endpoint.Address))
            throw new AnonymousRemoteAccessRefusedException(endpoint);
    }
}

/// <summary>The start-up refusal of <see cref="LocalModeGuard"/>; its message says what to set instead.</summary>
internal sealed class AnonymousRemoteAccessRefusedException(IPEndPoint endpoint) : InvalidOperationException(
    $"{AuthSettings.ModeKey} is Local (the default), which has no accounts: anyone who reaches {endpoint} could read "
    + $"and change every fractal. Listen on loopback (127.0.0.1, [::1] or localhost), or set {AuthSettings.ModeKey}=Accounts, "
    + $"or set {AuthSettings.AllowAnonymousRemoteKey}=true if anonymous access from other machines is really wanted.")
{
    /// <summary>Whether <paramref name="failure"/> is this refusal, however Kestrel wrapped it.</summary>
    public static bool Caused(Exception? failure) =>
        failure is AnonymousRemoteAccessRefusedException || failure is not null && (Caused(failure.InnerException)
            || failure is AggregateException aggregate && aggregate.InnerExceptions.Any(Caused));
}
