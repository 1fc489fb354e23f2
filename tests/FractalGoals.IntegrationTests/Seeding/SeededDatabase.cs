using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FractalGoals.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;

namespace FractalGoals.IntegrationTests.Seeding;

/// <summary>A seeded SQLite file in a temp folder of its own, with raw SQL over it; deleted on dispose.</summary>
public sealed class SeededDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fractal-goals-seed-tests", Guid.NewGuid().ToString("N"));

    private SeededDatabase() => Directory.CreateDirectory(_folder);

    public string FilePath => Path.Combine(_folder, "seeded.db");

    public SeedProgress Result { get; private set; } = null!;

    public static async Task<SeededDatabase> CreateAsync(SeedProfile profile, int seed, CancellationToken cancellationToken)
    {
        var database = new SeededDatabase();
        database.Result = await DatabaseSeeder.SeedAsync(database.FilePath, profile, seed, progress: null, cancellationToken);
        return database;
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public long Count(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public List<object?[]> Rows(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>
    /// SHA-256 of every row of <paramref name="table"/> in rowid order (the insertion order the API reads), each value
    /// with its storage class, so a changed value, type, order or row count changes the sum.
    /// </summary>
    public string Checksum(string table, string? where = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in Rows($"SELECT rowid, * FROM \"{table}\" {where} ORDER BY rowid"))
        {
            foreach (var value in row)
                hash.AppendData(Encoding.UTF8.GetBytes($"{value?.GetType().Name}:{Convert.ToString(value, CultureInfo.InvariantCulture)}\u0001"));
            hash.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a pooled handle on another thread; the OS cleans temp folders
        }
        return ValueTask.CompletedTask;
    }
}
