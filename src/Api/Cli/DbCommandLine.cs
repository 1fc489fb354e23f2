namespace FractalGoals.Api.Cli;

/// <summary>
/// <c>dotnet run --project src/Api -- db &lt;verb&gt; …</c>: maintenance commands that run instead of the web server.
/// Exit codes: 0 done (or nothing to do), 1 failed (and rolled back), 2 refused or usage error (nothing touched).
/// </summary>
internal static class DbCommandLine
{
    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int Refused = 2;

    /// <summary>Every subcommand, one line each.</summary>
    private static IReadOnlyList<IDbCommand> Commands() =>
    [
        new CopyCommand(),
        new UpgradeCommand(),
        new VerifyCommand(),
        new SeedCommand(),
    ];

    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "db";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var commands = Commands();
        var command = args.Length > 1 ? commands.FirstOrDefault(c => c.Verb == args[1]) : null;
        if (command is null)
        {
            var help = args.Length > 1 && args[1] is "--help" or "-h" or "help";
            await (help ? output : error).WriteLineAsync(UsageOf(commands, args.Length > 1 && !help ? $"unknown command 'db {args[1]}'" : null));
            return help ? Succeeded : Refused;
        }
        try
        {
            return await command.RunAsync(args[2..], output, error, cancellationToken);
        }
        catch (CommandUsageException usage)
        {
            await error.WriteLineAsync($"error: {usage.Message}{Environment.NewLine}usage: {command.Usage}");
            return Refused;
        }
    }

    private static string UsageOf(IReadOnlyList<IDbCommand> commands, string? problem)
    {
        var lines = new List<string>();
        if (problem is not null)
            lines.Add($"error: {problem}");
        lines.Add("usage: dotnet run --project src/Api -- db <command> [options]");
        lines.AddRange(commands.Select(c => "  " + c.Usage));
        return string.Join(Environment.NewLine, lines);
    }
}
