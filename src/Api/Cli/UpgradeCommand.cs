using System.CommandLine;
using FractalGoals.Infrastructure.LegacyUpgrade;

namespace FractalGoals.Api.Cli;

/// <summary>
/// <c>db upgrade --database &lt;file.db&gt; [--dry-run] [--report &lt;file.json&gt;]</c>: any legacy Fractal Goals file to the
/// current schema, on a verified working copy swapped in atomically (ADR 0024). Exit 0 upgraded or already current,
/// 1 failed and rolled back, 2 refused; either way short of 0 the file is untouched.
/// </summary>
internal static class UpgradeCommand
{
    public static Command Build()
    {
        var database = new Option<FileInfo>("--database")
        {
            Description = "The database file to upgrade in place (a verified backup is written beside it)",
            HelpName = "file.db",
            Required = true,
        }.AcceptExistingOnly();
        var dryRun = new Option<bool>("--dry-run") { Description = "Plan and report what would change; write nothing" };
        var report = new Option<FileInfo>("--report") { Description = "Also write the report as JSON to this file", HelpName = "file.json" };
        report.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo?>()?.Directory is { Exists: false } folder)
                result.AddError($"--report: the folder {folder.FullName} does not exist");
        });

        var command = new Command("upgrade", "Upgrade a legacy database in place, all or nothing") { database, dryRun, report };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(database).ToString(), parse.GetValue(dryRun), parse.GetValue(report)?.ToString(),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string database, bool dryRun, string? reportFile, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var report = await new LegacyUpgrader(TimeProvider.System)
                .UpgradeAsync(database, new UpgradeOptions(dryRun, UpgradeFaults.FromEnvironment()), cancellationToken);
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
