using FractalGoals.Application.Common.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// The one translation of a refused save into what the application understands (ADR 0042): SQLite's extended
/// constraint codes and PostgreSQL's SQLSTATE class 23. Anything else is not a constraint and stays as it is.
/// </summary>
internal static class ConstraintViolations
{
    // https://www.sqlite.org/rescode.html: SQLITE_CONSTRAINT (19) | (n << 8)
    private const int SqliteCheck = 275, SqliteForeignKey = 787, SqliteNotNull = 1299, SqlitePrimaryKey = 1555, SqliteTrigger = 1811, SqliteUnique = 2067;

    public static ConstraintViolationException? Translate(DbUpdateException refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        ConstraintKind? kind = refused.InnerException switch
        {
            SqliteException { SqliteExtendedErrorCode: SqlitePrimaryKey or SqliteUnique } => ConstraintKind.Unique,
            SqliteException { SqliteExtendedErrorCode: SqliteForeignKey } => ConstraintKind.ForeignKey,
            // ON DELETE RESTRICT is reported as a trigger constraint carrying the foreign-key message.
            SqliteException { SqliteExtendedErrorCode: SqliteTrigger } e when e.Message.Contains("FOREIGN KEY", StringComparison.Ordinal) => ConstraintKind.ForeignKey,
            SqliteException { SqliteExtendedErrorCode: SqliteCheck or SqliteNotNull } => ConstraintKind.Check,
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => ConstraintKind.Unique,
            PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation or PostgresErrorCodes.RestrictViolation } => ConstraintKind.ForeignKey,
            PostgresException { SqlState: PostgresErrorCodes.CheckViolation or PostgresErrorCodes.NotNullViolation } => ConstraintKind.Check,
            _ => null,
        };
        return kind switch
        {
            ConstraintKind.Unique => new(ConstraintKind.Unique, "The record already exists", refused),
            ConstraintKind.ForeignKey => new(ConstraintKind.ForeignKey, "The record refers to data that was changed or removed; reload and try again", refused),
            ConstraintKind.Check => new(ConstraintKind.Check, "The change breaks a rule of the stored data", refused),
            _ => null,
        };
    }
}
