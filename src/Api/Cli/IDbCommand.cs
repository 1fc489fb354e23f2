namespace FractalGoals.Api.Cli;

/// <summary>One <c>db &lt;verb&gt;</c> subcommand of the API executable (upgrade, verify, copy, seed …).</summary>
internal interface IDbCommand
{
    /// <summary>The verb after <c>db</c>, e.g. <c>upgrade</c>.</summary>
    string Verb { get; }

    /// <summary>One usage line, shown by <c>db --help</c> and on a usage error.</summary>
    string Usage { get; }

    /// <summary>
    /// Runs the command on the arguments after the verb (parse them with <see cref="CommandArguments.Parse"/>; a
    /// <see cref="CommandUsageException"/> becomes exit code 2). The result is the process exit code.
    /// </summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
