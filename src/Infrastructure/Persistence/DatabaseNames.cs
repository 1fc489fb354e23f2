using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>The name of the database a context opens, fit to show (/health): never a folder, host, user or password.</summary>
public static class DatabaseNames
{
    /// <summary>The SQLite file's name (<c>fractal-goals.db</c>), or the PostgreSQL database's.</summary>
    public static string NameOf(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var connectionString = database.GetConnectionString() ?? "";
        return database.IsNpgsql()
            ? new NpgsqlConnectionStringBuilder(connectionString).Database ?? ""
            : Path.GetFileName(new SqliteConnectionStringBuilder(connectionString).DataSource);
    }
}
