using System.Security.Cryptography;
using FractalGoals.Infrastructure.LegacyUpgrade;
using Microsoft.Data.Sqlite;

namespace FractalGoals.IntegrationTests.LegacyUpgrade;

/// <summary>A temp folder with a copy of a legacy file to upgrade, and what the tests ask of it afterwards.</summary>
public sealed class UpgradeWorkspace : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("fractal-goals-upgrade-").FullName;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A writable copy of a fixture (by file name), or of a generated era-(a) file for "december-2025".</summary>
    public string Copy(string fixture)
    {
        if (fixture == "december-2025") return DecemberEraDatabase.Create(Folder);
        var file = LegacyFixtures.CopyTo(Path.Combine(LegacyFixtures.Folder, fixture), Folder);
        SetWritable(file, writable: true);   // the fixtures are read-only
        return file;
    }

    public static Task<UpgradeReport> UpgradeAsync(string file, UpgradeFaults? faults = null, bool dryRun = false) =>
        new LegacyUpgrader(TimeProvider.System).UpgradeAsync(file, new UpgradeOptions(dryRun, faults), Ct);

    public static string Sha256(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));

    /// <summary>Every file in the folder but <paramref name="except"/> (leftovers: working copies, journals, backups).</summary>
    public IReadOnlyList<string> OtherFiles(params string[] except) =>
        Directory.GetFiles(Folder).Select(Path.GetFileName).Where(f => !except.Contains(f)).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static long Count(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a statement on a (writable) copy, as an old server could have written it: foreign keys off.</summary>
    public static void Execute(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static List<string> Lines(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
            lines.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return lines;
    }

    /// <summary>Sets or clears the owner's write permission (the read-only attribute on Windows).</summary>
    public static void SetWritable(string path, bool writable)
    {
        if (OperatingSystem.IsWindows())
        {
            var attributes = File.GetAttributes(path);
            File.SetAttributes(path, writable ? attributes & ~FileAttributes.ReadOnly : attributes | FileAttributes.ReadOnly);
            return;
        }
        var mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, writable ? mode | UnixFileMode.UserWrite | UnixFileMode.UserRead : mode & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            SetWritable(Folder, writable: true);
            foreach (var file in Directory.GetFiles(Folder)) SetWritable(file, writable: true);
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // the OS cleans temp folders
        }
    }
}
