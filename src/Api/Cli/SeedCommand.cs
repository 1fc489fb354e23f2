using System.CommandLine;
using System.Globalization;
using FractalGoals.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;

namespace FractalGoals.Api.Cli;

/// <summary>
/// <c>db seed --scale small|medium|large --database &lt;file&gt; [--seed N]</c>: a new SQLite database of realistic,
/// deterministic data for benchmarks and tests (ADR 0029). Refuses (exit 2) an existing non-empty file; a failed
/// run removes the file it started (exit 1).
/// </summary>
internal static class SeedCommand
{
    public static Command Build()
    {
        var scale = new Option<SeedScale>("--scale")
        {
            Description = "How much data: small (seconds), medium (≈ 100 fractals) or large (≈ 1,000 fractals)",
            HelpName = "small|medium|large",
            Required = true,
            CustomParser = result =>
            {
                if (SeedProfile.Parse(result.Tokens[0].Value) is { } parsed) return parsed;
                result.AddError("--scale must be small, medium or large");
                return default;
            },
        };
        scale.CompletionSources.Add("small", "medium", "large");
        var database = new Option<string>("--database")
        {
            Description = "The SQLite file to create; an existing non-empty file is refused",
            HelpName = "file",
            Required = true,
        }.AcceptLegalFilePathsOnly();
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed makes the same data", HelpName = "N", DefaultValueFactory = _ => 1 };

        var command = new Command("seed", "A new database of generated data") { scale, database, seed };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(scale), parse.GetRequiredValue(database), parse.GetValue(seed),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(SeedScale scale, string file, int seed, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
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
