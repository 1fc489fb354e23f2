using FractalGoals.Infrastructure.LegacyUpgrade;

namespace FractalGoals.Api.Cli;

/// <summary>
/// <c>db upgrade --database &lt;file.db&gt; [--dry-run] [--report &lt;file.json&gt;]</c>: any legacy Fractal Goals file to the
/// current schema, on a verified working copy swapped in atomically (ADR 0024). Exit 0 upgraded or already current,
/// 1 failed and rolled back, 2 refused; either way short of 0 the file is untouched.
/// </summary>
internal sealed class UpgradeCommand : IDbCommand
{
    public string Verb => "upgrade";

    public string Usage => "db upgrade --database <file.db> [--dry-run] [--report <file.json>]   upgrade a legacy database in place, all or nothing";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = CommandArguments.Parse(arguments, ["database", "report"], ["dry-run"]);
        var database = options.Required("database");
        var reportFile = options.Optional("report");
        if (reportFile is not null && Path.GetDirectoryName(Path.GetFullPath(reportFile)) is { } folder && !Directory.Exists(folder))
            throw new CommandUsageException($"--report: the folder {folder} does not exist");
        try
        {
            var report = await new LegacyUpgrader(TimeProvider.System)
                .UpgradeAsync(database, new UpgradeOptions(options.Has("dry-run"), UpgradeFaults.FromEnvironment()), cancellationToken);
            if (reportFile is not null) await File.WriteAllTextAsync(reportFile, report.ToJson(), cancellationToken);
            await output.WriteLineAsync(report.Summary());
            return DbCommandLine.Succeeded;
        }
        catch (UpgradeRefusedException refused)
        {
            await error.WriteLineAsync($"refused, the file is untouched: {refused.Message}");
            return DbCommandLine.Refused;
        }
        catch (UpgradeFailedException failed)
        {
            await error.WriteLineAsync($"failed: {failed.Message}");
            return DbCommandLine.Failed;
        }
    }
}
