namespace FractalGoals.Infrastructure.Persistence;

/// <summary>The store behind the API: embedded SQLite (default) or a PostgreSQL server (ADR 0017, ADR 0026).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Reads <c>FractalGoals:Database:Provider</c> (<c>sqlite</c> | <c>postgres</c>).</summary>
public static class DatabaseProviders
{
    public const string ConfigurationKey = "FractalGoals:Database:Provider";

    public static DatabaseProvider Parse(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"Unknown database provider '{name}': use 'sqlite' or 'postgres'", nameof(name)),
    };
}
