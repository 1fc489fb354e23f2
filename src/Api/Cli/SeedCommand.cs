using System.Globalization;
using FractalGoals.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;

namespace FractalGoals.Api.Cli;

/// <summary>
/// <c>db seed --scale small|medium|large --database &lt;file&gt; [--seed N]</c>: a new SQLite database of realistic,
/// deterministic data for benchmarks and tests (ADR 0029). Refuses (exit 2) an existing non-empty file; a failed
/// run removes the file it started (exit 1).
/// </summary>
internal sealed class SeedCommand : IDbCommand
{
    public string Verb => "seed";

    public string Usage => "db seed --scale small|medium|large --database <file> [--seed N]   a new database of generated data";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = CommandArguments.Parse(arguments, ["scale", "database", "seed"], []);
        var scale = SeedProfile.Parse(options.Required("scale")) ?? throw new CommandUsageException("--scale must be small, medium or large");
        var file = options.Required("database");
        var seedText = options.Optional("seed") ?? "1";
        if (!int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
            throw new CommandUsageException("--seed must be an integer");

        var existed = File.Exists(file);
        try
        {
            var done = await DatabaseSeeder.SeedAsync(file, scale, seed, new Progress(error), cancellationToken);
            await output.WriteLineAsync($"seeded {file} ({scale.ToString().ToLowerInvariant()}, seed {seed}) in {done.Elapsed.TotalSeconds:0.0} s: {Describe(done)}");
            return DbCommandLine.Succeeded;
        }
        catch (SeedRefusedException refused)
        {
            await error.WriteLineAsync($"refused: {refused.Message}");
            return DbCommandLine.Refused;
        }
        catch (Exception failed) when (failed is SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            SqliteConnection.ClearAllPools();
            if (!existed) DeleteQuietly(file);
            await error.WriteLineAsync($"failed, nothing kept: {failed.Message}");
            return DbCommandLine.Failed;
        }
    }

    private static string Describe(SeedProgress progress) =>
        string.Join(", ", progress.Rows.Where(r => r.Value > 0).Select(r => $"{r.Key} {r.Value.ToString("N0", CultureInfo.InvariantCulture)}"));

    private static void DeleteQuietly(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
            if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>One stderr line per transaction: fractals done, the biggest tables, seconds so far.</summary>
    private sealed class Progress(TextWriter error) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) =>
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {value.FractalsDone}/{value.Fractals} fractals, {value.Rows["goals"]:N0} goals, {value.Rows["activity_instances"]:N0} instances, {value.Rows["metric_values"]:N0} metric values, {value.Elapsed.TotalSeconds:0.0} s"));
    }
}
