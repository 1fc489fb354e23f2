using Microsoft.Data.Sqlite;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>A database's schema as SQLite itself reports it (PRAGMA table_info / index_list / index_xinfo).</summary>
public sealed record SqliteSchema(IReadOnlyDictionary<string, IReadOnlyList<SqliteColumn>> Tables, IReadOnlyDictionary<string, SqliteIndex> Indexes)
{
    public static SqliteSchema Read(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        connection.Open();
        var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY name")
            .ToDictionary(t => t, t => (IReadOnlyList<SqliteColumn>)Columns(connection, t));
        var indexes = new Dictionary<string, SqliteIndex>();
        foreach (var table in tables.Keys)
        {
            foreach (var (name, unique, partial) in IndexList(connection, table))
            {
                var sql = Strings(connection, $"SELECT COALESCE(sql, '') FROM sqlite_master WHERE type = 'index' AND name = '{name}'").Single();
                indexes[name] = new SqliteIndex(name, table, unique, partial, IndexKeys(connection, name, sql), WhereClause(sql));
            }
        }
        return new SqliteSchema(tables, indexes);
    }

    private static List<SqliteColumn> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA table_info(\"{table}\")";
        using var reader = command.ExecuteReader();
        var columns = new List<SqliteColumn>();
        while (reader.Read())
            columns.Add(new SqliteColumn(reader.GetInt32(0), reader.GetString(1), reader.GetString(2).ToUpperInvariant(), reader.GetInt32(3) == 1,
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt32(5)));
        return columns;
    }

    private static List<(string Name, bool Unique, bool Partial)> IndexList(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA index_list(\"{table}\")";
        using var reader = command.ExecuteReader();
        var list = new List<(string, bool, bool)>();
        while (reader.Read()) list.Add((reader.GetString(1), reader.GetInt32(2) == 1, reader.GetInt32(4) == 1));
        return list;
    }

    /// <summary>Key columns by name; an expression key (SQLite reports no name) as its normalised text from the CREATE INDEX.</summary>
    private static List<string> IndexKeys(SqliteConnection connection, string index, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA index_xinfo(\"{index}\")";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
            if (reader.GetInt32(5) == 1)
                keys.Add((reader.IsDBNull(2) ? Normalise(KeyTerms(sql)[reader.GetInt32(0)]) : reader.GetString(2)) + (reader.GetInt32(3) == 1 ? " DESC" : ""));
        return keys;
    }

    /// <summary>The terms of a CREATE INDEX statement's key list, split at its top-level commas.</summary>
    private static List<string> KeyTerms(string sql)
    {
        var open = sql.IndexOf('(', sql.IndexOf(" ON ", StringComparison.OrdinalIgnoreCase));
        var terms = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = open + 1;
        for (var i = start; i < sql.Length; i++)
        {
            var c = sql[i];
            if (c == '\'') quoted = !quoted;
            if (quoted) continue;
            if (c == '(') depth++;
            else if (c == ')' && depth-- == 0)
            {
                terms.Add(sql[start..i].Trim());
                break;
            }
            else if (c == ',' && depth == 0)
            {
                terms.Add(sql[start..i].Trim());
                start = i + 1;
            }
        }
        return terms;
    }

    private static string? WhereClause(string sql)
    {
        var at = sql.IndexOf(" WHERE ", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : Normalise(sql[(at + 7)..]);
    }

    // Quoting and spacing are not meaning: "is_active" = 1 and is_active=1 are the same predicate.
    private static string Normalise(string predicate) =>
        new(predicate.Replace("\"", "", StringComparison.Ordinal).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }
}

public sealed record SqliteColumn(int Position, string Name, string Type, bool NotNull, string? Default, int PrimaryKeyPosition);

public sealed record SqliteIndex(string Name, string Table, bool Unique, bool Partial, IReadOnlyList<string> Keys, string? Where);
