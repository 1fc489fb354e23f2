using System.CommandLine;
using FractalGoals.Infrastructure.Copy;
using Npgsql;

namespace FractalGoals.Api.Cli;

/// <summary>
/// <c>db copy --from &lt;sqlite-file&gt; --to "&lt;postgres connection string&gt;"</c>: a whole current-schema SQLite
/// database into an empty PostgreSQL database, in one transaction, verified table by table (ADR 0028).
/// </summary>
internal static class CopyCommand
{
    public static Command Build()
    {
        var from = new Option<FileInfo>("--from")
        {
            Description = "The current-schema SQLite database to copy (read only)",
            HelpName = "sqlite-file",
            Required = true,
        }.AcceptExistingOnly();
        var to = new Option<string>("--to")
        {
            Description = "The connection string of an empty PostgreSQL database, quoted",
            HelpName = "postgres connection string",
            Required = true,
        };

        var command = new Command("copy", "Copy into an empty PostgreSQL database, verified") { from, to };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(from).ToString(), parse.GetRequiredValue(to),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string from, string to, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var results = await new SqliteToPostgresCopy(TimeProvider.System).RunAsync(from, to, cancellationToken);
            foreach (var result in results) await output.WriteLineAsync(SqliteToPostgresCopy.Describe(result));
            await output.WriteLineAsync($"copied and verified {results.Sum(r => r.TargetRows)} rows in {results.Count} tables");
            return DbCommandLine.Succeeded;
        }
        catch (CopyRefusedException refused)
        {
            await error.WriteLineAsync($"refused: {refused.Message}");
            return DbCommandLine.Refused;
        }
        catch (Exception failed) when (failed is CopyFailedException or NpgsqlException or ArgumentException or InvalidOperationException)
        {
            await error.WriteLineAsync($"failed, nothing committed: {failed.Message}");
            return DbCommandLine.Failed;
        }
    }
}
