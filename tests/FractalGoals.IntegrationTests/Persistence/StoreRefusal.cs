using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FractalGoals.IntegrationTests.Persistence;

public enum RefusalKind
{
    Other,
    NotNull,
    Check,
    ForeignKey,
    Unique,
}

/// <summary>
/// What kind of constraint made the store refuse a statement, and on what, read the same way from SQLite's
/// extended result codes and PostgreSQL's SQLSTATEs: one assertion for both providers.
/// </summary>
public sealed record StoreRefusal(RefusalKind Kind, string Subject)
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintCheck = 275;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqliteConstraintNotNull = 1299;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>The refusal carried by <paramref name="error"/> or its inner exception (EF wraps the store's).</summary>
    public static StoreRefusal Of(Exception error) => error switch
    {
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintNotNull } e => new(RefusalKind.NotNull, After(e.Message, "failed: ")),
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintCheck } e => new(RefusalKind.Check, After(e.Message, "failed: ")),
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintForeignKey } => new(RefusalKind.ForeignKey, ""),
        // SQLite names an expression index's columns, not the index: "UNIQUE constraint failed: index 'ix_…'"
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique } e => new(RefusalKind.Unique, UniqueSubject(e.Message)),
        // ON DELETE RESTRICT reports SQLITE_CONSTRAINT_TRIGGER with the foreign-key message.
        SqliteException { SqliteErrorCode: SqliteConstraint } e when e.Message.Contains("FOREIGN KEY", StringComparison.Ordinal) => new(RefusalKind.ForeignKey, ""),
        PostgresException { SqlState: PostgresErrorCodes.NotNullViolation } e => new(RefusalKind.NotNull, $"{e.TableName}.{e.ColumnName}"),
        PostgresException { SqlState: PostgresErrorCodes.CheckViolation } e => new(RefusalKind.Check, e.ConstraintName ?? ""),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } e => new(RefusalKind.Unique, e.ConstraintName ?? ""),
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation or PostgresErrorCodes.RestrictViolation } => new(RefusalKind.ForeignKey, ""),
        DbException => new(RefusalKind.Other, error.Message),
        { InnerException: { } inner } => Of(inner),
        _ => new(RefusalKind.Other, error.Message),
    };

    private static string UniqueSubject(string message)
    {
        var subject = After(message, "failed: ");
        return subject.StartsWith("index '", StringComparison.Ordinal) ? subject["index '".Length..] : subject;
    }

    private static string After(string message, string marker)
    {
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? message : message[(at + marker.Length)..].Trim().TrimEnd('.', '\'');
    }
}
