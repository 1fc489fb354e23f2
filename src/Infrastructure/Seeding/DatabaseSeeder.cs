using System.Diagnostics;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Seeding;

/// <summary>Where a running seed is: fractals written so far and rows per table.</summary>
public sealed record SeedProgress(int FractalsDone, int Fractals, IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed);

/// <summary>
/// <c>db seed</c> (issue 8, ADR 0029): a new SQLite database full of realistic, deterministic data. The schema comes
/// from our EF migrations, exactly as the API's start-up makes it; the rows go in through prepared raw statements in a
/// few large transactions with the journal in memory and no fsync, then the file gets WAL back, planner statistics
/// and a foreign-key check. The same scale and seed give the same rows, byte for byte.
/// </summary>
public static class DatabaseSeeder
{
    /// <summary>The two years the data spans end here: fixed, so the content never depends on the day it was made.</summary>
    public static readonly DateTime WindowEnd = new(2026, 11, 30, 0, 0, 0, DateTimeKind.Unspecified);

    public static readonly DateTime WindowStart = WindowEnd.AddDays(-730);

    private const int FractalsPerTransaction = 10;

    public static Task<SeedProgress> SeedAsync(string file, SeedScale scale, int seed, IProgress<SeedProgress>? progress, CancellationToken cancellationToken) =>
        SeedAsync(file, SeedProfile.Of(scale), seed, progress, cancellationToken);

    /// <summary>Seeds <paramref name="file"/> with the fractals of <paramref name="profile"/> (tests shape their own).</summary>
    public static async Task<SeedProgress> SeedAsync(string file, SeedProfile profile, int seed, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(profile);
        if (File.Exists(file) && new FileInfo(file).Length > 0)
            throw new SeedRefusedException($"{file} already exists and is not empty; seed only makes new databases");

        var connectionString = SqliteConnectionStrings.Normalise(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Pooling = false }.ToString());
        await using (var db = InfrastructureServices.CreateContext(DatabaseProvider.Sqlite, connectionString, TimeProvider.System))
            await DatabaseInitializer.MigrateAsync(db, cancellationToken);

        var watch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // Bulk-load settings for this connection only; WAL (the file's setting) comes back below.
        await ExecuteAsync(connection, "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;", cancellationToken);
        // Secondary indexes are dropped for the load and rebuilt from their own stored SQL afterwards: one sorted build
        // per index instead of millions of random-order inserts into each. The schema ends exactly as migrated.
        var indexes = await SecondaryIndexesAsync(connection, cancellationToken);
        foreach (var (name, _) in indexes) await ExecuteAsync(connection, $"DROP INDEX \"{name}\"", cancellationToken);
        using var writer = new SeedWriter(connection);
        var sizes = new SeedRandom(seed);
        for (var index = 0; index < profile.Fractals; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (index % FractalsPerTransaction == 0) writer.Begin();
            // Fractal 0 is the typical one, identical at every scale (SeedProfile); the rest vary around the mean.
            var sessions = index == 0 ? profile.TypicalSessions : (int)Math.Round(profile.MeanSessions * (0.4 + (1.2 * sizes.Fraction())));
            var rootType = index == 0 || !sizes.Chance(0.1) ? "UltimateGoal" : "LongTermGoal";
            new FractalSeed(SeedRandom.ForFractal(seed, index), writer, WindowStart, WindowEnd).Write(Math.Max(1, sessions), rootType);
            if (index % FractalsPerTransaction == FractalsPerTransaction - 1 || index == profile.Fractals - 1)
            {
                writer.Commit();
                progress?.Report(new SeedProgress(index + 1, profile.Fractals, writer.Counts, watch.Elapsed));
            }
        }

        foreach (var (_, sql) in indexes) await ExecuteAsync(connection, sql, cancellationToken);
        await RequireForeignKeysAsync(connection, cancellationToken);
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA optimize = 0x10002;", cancellationToken);
        return new SeedProgress(profile.Fractals, profile.Fractals, new Dictionary<string, long>(writer.Counts), watch.Elapsed);
    }

    /// <summary>Belt and braces: the inserts were checked one by one; this proves nothing dangles in the finished file.</summary>
    private static async Task RequireForeignKeysAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
            throw new InvalidOperationException($"seeded row in {reader.GetString(0)} references a missing {reader.GetString(2)} row");
    }

    private static async Task<List<(string Name, string Sql)>> SecondaryIndexesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid";
        var indexes = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) indexes.Add((reader.GetString(0), reader.GetString(1)));
        return indexes;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>The target is not a new database: nothing was written.</summary>
public sealed class SeedRefusedException(string message) : Exception(message);
