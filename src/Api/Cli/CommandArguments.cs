namespace FractalGoals.Api.Cli;

/// <summary>
/// <c>--name value</c> options and bare <c>--flag</c>s of one subcommand. Unknown or repeated options are usage
/// errors, so a typo (<c>--dryrun</c>) never silently runs the real thing.
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _options;

    private CommandArguments(Dictionary<string, string?> options) => _options = options;

    /// <summary>Parses <paramref name="args"/>; <paramref name="flags"/> take no value, <paramref name="options"/> take one.</summary>
    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flags)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
                throw new CommandUsageException($"unexpected argument '{name}'");
            name = name[2..];
            if (parsed.ContainsKey(name))
                throw new CommandUsageException($"--{name} is given twice");
            if (flags.Contains(name))
                parsed[name] = null;
            else if (options.Contains(name))
                parsed[name] = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                    ? args[++i]
                    : throw new CommandUsageException($"--{name} needs a value");
            else
                throw new CommandUsageException($"unknown option --{name}");
        }
        return new CommandArguments(parsed);
    }

    public bool Has(string flag) => _options.ContainsKey(flag);

    public string? Optional(string option) => _options.TryGetValue(option, out var value) ? value : null;

    public string Required(string option) =>
        Optional(option) ?? throw new CommandUsageException($"--{option} is required");
}

/// <summary>The command line itself is wrong: print usage, exit 2, touch nothing.</summary>
internal sealed class CommandUsageException(string message) : Exception(message);
