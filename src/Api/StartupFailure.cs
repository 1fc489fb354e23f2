using System.Data.Common;
using FractalGoals.Infrastructure.Persistence;

namespace FractalGoals.Api;

/// <summary>
/// A server that cannot start says why in one line and exits 1, instead of dumping a stack trace: a wrong setting,
/// an unreachable or unreadable database, or a file the migrations cannot bring up to date.
/// </summary>
internal static class StartupFailure
{
    public const int ExitCode = 1;

    /// <summary>Failures of the environment (settings, files, database server), not bugs.</summary>
    public static bool IsEnvironmental(Exception failure) =>
        failure is ArgumentException or UnrecognisedDatabaseException or DbException or IOException or UnauthorizedAccessException or TimeoutException
        || failure.InnerException is { } inner && IsEnvironmental(inner);

    public static int Report(Exception failure, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(error);
        var reason = failure is DbException ? failure.Message : MessageOf(Innermost(failure));
        error.WriteLine($"error: the server cannot start: {reason}");
        if (failure is UnrecognisedDatabaseException)
            error.WriteLine("hint: this looks like a database made by the legacy server; upgrade it first with "
                + "`dotnet run --project src/Api -- db upgrade --database <file>`");
        return ExitCode;
    }

    // An ArgumentException's message ends in " (Parameter 'x')": noise for someone fixing a setting.
    private static string MessageOf(Exception failure) =>
        failure is ArgumentException { ParamName: { } name } argument
            ? argument.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
            : failure.Message;

    private static Exception Innermost(Exception failure) =>
        failure is ArgumentException || failure.InnerException is null ? failure : Innermost(failure.InnerException);
}
