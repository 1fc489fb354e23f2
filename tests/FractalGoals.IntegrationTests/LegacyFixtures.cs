namespace FractalGoals.IntegrationTests;

/// <summary>The legacy databases in ../shared/fixtures/legacy-sqlite (read-only: copy before writing).</summary>
public static class LegacyFixtures
{
    public static string Folder { get; } = FixtureFolder();

    public static string PostMigrationReference => Path.Combine(Folder, "post-migration-reference.db");

    public static string PreMigrationProduction => Path.Combine(Folder, "prod-2026-01-01-pre-migration.db");

    /// <summary>Copies a fixture into <paramref name="folder"/> so a test may write to it.</summary>
    public static string CopyTo(string fixture, string folder)
    {
        var target = Path.Combine(folder, Path.GetFileName(fixture));
        File.Copy(fixture, target, overwrite: true);
        return target;
    }

    // ../shared beside the main checkout; a git worktree (/work/wt/<name>) sits one level deeper, so look upwards.
    private static string FixtureFolder()
    {
        for (var dir = new DirectoryInfo(RepositoryRoot()).Parent; dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "shared", "fixtures", "legacy-sqlite");
            if (Directory.Exists(folder)) return folder;
        }
        throw new DirectoryNotFoundException("shared/fixtures/legacy-sqlite not found above " + RepositoryRoot());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FractalGoals.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("FractalGoals.sln not found above " + AppContext.BaseDirectory);
    }
}
