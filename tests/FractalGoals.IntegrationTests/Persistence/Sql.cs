using Microsoft.Data.Sqlite;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>Raw SQL against a test database, bypassing EF: what is really stored, and what SQLite itself does.</summary>
public static class Sql
{
    /// <summary>The first column of the first row (null for SQL NULL or no row).</summary>
    public static object? Scalar(TestDatabase database, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.OpenConnection();
        using var command = Command(connection, sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Every row as an array of column values (DBNull as null).</summary>
    public static List<object?[]> Rows(TestDatabase database, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.OpenConnection();
        return Rows(connection, sql, parameters);
    }

    public static List<object?[]> Rows(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
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

    /// <summary>Runs a statement; SQLite's own refusal surfaces as the <see cref="SqliteException"/>.</summary>
    public static void Execute(TestDatabase database, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.OpenConnection();
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    /// <summary>The <c>detail</c> lines of <c>EXPLAIN QUERY PLAN</c>, e.g. <c>SEARCH goals USING INDEX idx_goals_root_type (root_id=? AND type=?)</c>.</summary>
    public static List<string> QueryPlan(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        [.. Rows(connection, "EXPLAIN QUERY PLAN " + sql, parameters).Select(r => (string)r[3]!)];

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
