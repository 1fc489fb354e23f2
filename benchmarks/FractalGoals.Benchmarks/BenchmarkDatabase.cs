using FractalGoals.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;

namespace FractalGoals.Benchmarks;

/// <summary>The medium database the benchmarks read, and the typical fractal in it (fractal 0, ADR 0029).</summary>
internal static class BenchmarkDatabase
{
    public const string Variable = "FRACTALGOALS_BENCH_DB";

    public static string Path => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path
        ? System.IO.Path.GetFullPath(path)
        : System.IO.Path.Combine(RepositoryRoot(), ".bench", "medium.db");

    /// <summary>Seeds the medium database when it is not there yet (about half a minute), then returns its path.</summary>
    public static async Task<string> EnsureAsync()
    {
        var path = Path;
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            await Console.Error.WriteLineAsync($"seeding {path} (medium) for the benchmarks…");
            await DatabaseSeeder.SeedAsync(path, SeedScale.Medium, seed: 1, progress: null, CancellationToken.None);
        }
        return path;
    }

    /// <summary>The first fractal written (the same-sized one at every scale) and its first short-term goal.</summary>
    public static (string Root, string Goal) TypicalFractal(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.id, (SELECT g.id FROM goals g WHERE g.root_id = r.id AND g.type = 'ShortTermGoal' ORDER BY g.rowid LIMIT 1)
            FROM goals r WHERE r.parent_id IS NULL ORDER BY r.rowid LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        if (!reader.Read()) throw new InvalidOperationException($"{path} holds no fractal");
        return (reader.GetString(0), reader.GetString(1));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "FractalGoals.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
