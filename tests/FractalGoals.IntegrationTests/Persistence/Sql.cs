using System.Data.Common;
using System.Globalization;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// Raw SQL against a test database, bypassing EF: what is really stored, and what the store itself does. Values
/// come back as SQLite would give them, so one assertion holds on both providers: PostgreSQL's timestamps as the
/// legacy text (ADR 0012), booleans as 0/1 and 32-bit integers as long (SQLite's INTEGER), dates as yyyy-MM-dd.
/// </summary>
public static class Sql
{
    /// <summary>The first column of the first row (null for SQL NULL or no row).</summary>
    public static object? Scalar(TestDatabase database, string sql, params (string Name, object? Value)[] parameters) =>
        Rows(database, sql, parameters).FirstOrDefault()?[0];

    /// <summary>Every row as an array of column values (DBNull as null).</summary>
    public static List<object?[]> Rows(TestDatabase database, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.OpenConnection();
        return Rows(connection, sql, parameters);
    }

    public static List<object?[]> Rows(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : AsSqliteGivesIt(reader.GetValue(i));
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Runs a statement; the store's own refusal surfaces as its exception (SqliteException, PostgresException).</summary>
    public static void Execute(TestDatabase database, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var connection = database.OpenConnection();
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    /// <summary>The <c>detail</c> lines of <c>EXPLAIN QUERY PLAN</c>, e.g. <c>SEARCH goals USING INDEX idx_goals_root_type (root_id=? AND type=?)</c>.</summary>
    public static List<string> QueryPlan(DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        [.. Rows(connection, "EXPLAIN QUERY PLAN " + sql, parameters).Select(r => (string)r[3]!)];

    private static object AsSqliteGivesIt(object value) => value switch
    {
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? 1L : 0L,
        int number => (long)number,
        short number => (long)number,
        _ => value,
    };

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // test SQL, written in the tests
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
