using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings (ADR 0018): wait for a busy writer instead of failing at once, and enforce
/// foreign keys (the connection string forces them on too, so a hand-made connection cannot forget).
/// WAL is a property of the file and is switched on once, by <see cref="DatabaseInitializer"/>.
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 5000;
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
