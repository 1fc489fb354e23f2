using FractalGoals.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore.Storage;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// The context's transaction for one attempt of a command; rolled back when disposed uncommitted. On SQLite it also
/// holds the file's write turn (<see cref="SqliteWriterQueue"/>), handed on once the transaction has ended.
/// </summary>
internal sealed class WriteTransaction(IDbContextTransaction transaction, IDisposable? turn) : IWriteTransaction
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            turn?.Dispose();
        }
    }
}
