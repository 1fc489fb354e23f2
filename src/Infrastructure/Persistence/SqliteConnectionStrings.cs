using Microsoft.Data.Sqlite;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>Normalises a user's <c>Data Source=…</c> string: foreign keys on, the folder of the file created.</summary>
public static class SqliteConnectionStrings
{
    public const string Default = "Data Source=data/fractal-goals.db";

    public static string Normalise(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? Default : connectionString)
        {
            ForeignKeys = true,
        };
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        return builder.ToString();
    }
}
