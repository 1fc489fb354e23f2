using FractalGoals.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore.Storage;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>The context's transaction for one attempt of a command; rolled back when disposed uncommitted.</summary>
internal sealed class WriteTransaction(IDbContextTransaction transaction) : IWriteTransaction
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public ValueTask DisposeAsync() => transaction.DisposeAsync();
}
