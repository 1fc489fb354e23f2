using System.CommandLine;
using FractalGoals.Infrastructure.LegacyUpgrade;

namespace FractalGoals.Api.Cli;

/// <summary>
/// <c>db verify --database &lt;file.db&gt;</c>: checks a database of ours holds every invariant the upgrade guarantees
/// (integrity, foreign keys, root_ids, schema and indexes of a freshly migrated database). Read-only. Exit 0 all hold,
/// 1 some check failed, 2 not a database of ours.
/// </summary>
internal static class VerifyCommand
{
    public static Command Build()
    {
        var database = new Option<FileInfo>("--database")
        {
            Description = "The database file to check (read only)",
            HelpName = "file.db",
            Required = true,
        }.AcceptExistingOnly();

        var command = new Command("verify", "Check a current database's integrity, references, root_ids and schema") { database };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(database).ToString(), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string database, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var checks = await LegacyUpgrader.VerifyAsync(database, cancellationToken);
            foreach (var check in checks)
                await output.WriteLineAsync($"check {(check.Passed ? "ok  " : "FAIL")} {check.Name}: {check.Detail}");
            var failed = checks.Count(c => !c.Passed);
            await (failed == 0 ? output : error).WriteLineAsync(failed == 0 ? "verified: every check holds" : $"{failed} checks failed");
            return failed == 0 ? DbCommandLine.Succeeded : DbCommandLine.Failed;
        }
        catch (UpgradeRefusedException refused)
        {
            await error.WriteLineAsync($"refused: {refused.Message}");
            return DbCommandLine.Refused;
        }
    }
}
