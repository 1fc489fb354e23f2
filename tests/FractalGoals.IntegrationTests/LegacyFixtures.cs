namespace FractalGoals.IntegrationTests;

/// <summary>The legacy databases in ../shared/fixtures/legacy-sqlite (read-only: copy before writing).</summary>
public static class LegacyFixtures
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "..", "shared", "fixtures", "legacy-sqlite");

    public static string PostMigrationReference => Path.Combine(Folder, "post-migration-reference.db");

    public static string PreMigrationProduction => Path.Combine(Folder, "prod-2026-01-01-pre-migration.db");

    /// <summary>Copies a fixture into <paramref name="folder"/> so a test may write to it.</summary>
    public static string CopyTo(string fixture, string folder)
    {
        var target = Path.Combine(folder, Path.GetFileName(fixture));
        File.Copy(fixture, target, overwrite: true);
        return target;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FractalGoals.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("FractalGoals.sln not found above " + AppContext.BaseDirectory);
    }
}
