using FractalGoals.Application.Common.Versions;
using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Common.Persistence;

public interface IUnitOfWork
{
    /// <summary>
    /// The events raised by the aggregates of this unit of work since the last call, each once: they are cleared from
    /// the aggregates as they are taken (ADR 0037).
    /// </summary>
    IReadOnlyList<IDomainEvent> TakeDomainEvents();

    /// <summary>
    /// Commits every change of the current command at once. Throws <see cref="ConcurrencyConflictException"/> on a lost
    /// update and <see cref="ConstraintViolationException"/> when the database refuses the rows.
    /// </summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Opens the write transaction of one attempt of a command, before its first read (ADR 0042): on SQLite it takes the
    /// write lock at once (<c>BEGIN IMMEDIATE</c>), so writers queue on the busy timeout and every read of the command
    /// sees the rows its write will land on. Disposing it uncommitted rolls back.
    /// </summary>
    Task<IWriteTransaction> BeginWriteAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Queues this command behind every other open write in the fractal until its transaction ends (ADR 0045), so two
    /// writers of one fractal never decide on what the other is about to change. SQLite's write lock already does this
    /// for the whole file; PostgreSQL takes a transaction-scoped advisory lock on the fractal's id.
    /// </summary>
    Task LockFractalAsync(string rootId, CancellationToken cancellationToken);

    /// <summary>
    /// The stored version of the first of <paramref name="ids"/> that names a versioned row this command loaded — as it
    /// was read, before this command changed it — or null when none does (ADR 0044).
    /// </summary>
    ResourceVersion? StoredVersionOf(IReadOnlyList<string> ids);

    /// <summary>Forgets every row read or changed so far, so a failed attempt leaves nothing behind for the next one.</summary>
    void Discard();
}

/// <summary>One attempt's transaction; see <see cref="IUnitOfWork.BeginWriteAsync"/>.</summary>
public interface IWriteTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
