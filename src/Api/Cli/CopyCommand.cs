using FractalGoals.Infrastructure.Copy;
using Npgsql;

namespace FractalGoals.Api.Cli;

/// <summary>
/// <c>db copy --from &lt;sqlite-file&gt; --to "&lt;postgres connection string&gt;"</c>: a whole current-schema SQLite
/// database into an empty PostgreSQL database, in one transaction, verified table by table (ADR 0028).
/// </summary>
internal sealed class CopyCommand : IDbCommand
{
    public string Verb => "copy";

    public string Usage => "db copy --from <sqlite-file> --to \"<postgres connection string>\"   copy into an empty PostgreSQL database, verified";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = CommandArguments.Parse(arguments, ["from", "to"], []);
        var from = options.Required("from");
        var to = options.Required("to");
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
