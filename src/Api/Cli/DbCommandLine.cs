using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace FractalGoals.Api.Cli;

/// <summary>
/// <c>dotnet run --project src/Api -- db &lt;command&gt; …</c>: maintenance commands that run instead of the web server,
/// parsed by System.CommandLine (ADR 0052). <c>--help</c> (<c>-h</c>) on <c>db</c> and on every command prints its help.
/// Exit codes: 0 done (or nothing to do, or help shown), 1 failed (and rolled back), 2 refused or usage error
/// (nothing touched).
/// </summary>
/// <remarks>
/// To add a command (<c>db export</c>, or a group such as <c>db users add</c>): write one file with a static
/// <c>Build()</c> that returns its <see cref="Command"/> — typed <see cref="Option{T}"/>s with their validators, and a
/// <c>SetAction((parse, ct) =&gt; …)</c> that writes to <c>parse.InvocationConfiguration.Output</c>/<c>Error</c> and
/// returns one of the exit codes below — then add it to <see cref="Build"/>. A group is a <see cref="Command"/> whose
/// <c>Subcommands</c> are such commands (<c>new Command("users") { UsersAddCommand.Build() }</c>). Usage errors are
/// never handled per command: an option that is missing, unknown or of the wrong type, and a validator's
/// <c>AddError</c>, all end in <see cref="RunAsync"/>'s one parse-error exit.
/// </remarks>
internal static class DbCommandLine
{
    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int Refused = 2;

    /// <summary>How the help and the error hints name <c>db</c>.</summary>
    public const string Invocation = "dotnet run --project src/Api -- db";

    /// <summary><c>db</c> (the root, as the parser sees the arguments after it) and every command, one line each.</summary>
    private static RootCommand Build()
    {
        var db = new RootCommand("Maintenance commands of the Fractal Goals API; they run instead of the web server.")
        {
            CopyCommand.Build(),
            UpgradeCommand.Build(),
            VerifyCommand.Build(),
            SeedCommand.Build(),
        };
        db.HelpName = Invocation;
        return db;
    }

    public static bool Handles(string[] args) => args.Length > 0 && args[0] == "db";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var root = Build();
        // Values are taken literally (no @response files), and Ctrl+C ends the process as before: the commands are
        // built to survive being killed at any step (ADR 0024), not to be cancelled half-way.
        var parse = root.Parse(args[1..], new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Action is ParseErrorAction)
            return await RefuseAsync(parse, error);
        return await parse.InvokeAsync(
            new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null },
            cancellationToken);
    }

    /// <summary>The one usage-error exit: every parse error on stderr, a pointer to the help, exit 2.</summary>
    private static async Task<int> RefuseAsync(ParseResult parse, TextWriter error)
    {
        foreach (var problem in parse.Errors)
            await error.WriteLineAsync($"error: {Named(problem)}");
        var path = "";   // the command as far as it was recognised, below db
        for (SymbolResult? result = parse.CommandResult; result is CommandResult { Parent: not null } command; result = command.Parent)
            path = $" {command.Command.Name}{path}";
        await error.WriteLineAsync($"usage: {Invocation}{path} --help");
        return Refused;
    }

    // System.CommandLine's validators say "File does not exist: 'x'." without naming the option: name it.
    private static string Named(ParseError problem)
    {
        var option = problem.SymbolResult switch
        {
            OptionResult o => o.Option,
            ArgumentResult { Parent: OptionResult o } => o.Option,
            _ => null,
        };
        return option is null || problem.Message.Contains(option.Name, StringComparison.Ordinal)
            ? problem.Message
            : $"{option.Name}: {problem.Message}";
    }
}
