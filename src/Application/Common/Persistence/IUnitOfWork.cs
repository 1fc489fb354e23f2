using FractalGoals.Domain.Common;

namespace FractalGoals.Application.Common.Persistence;

public interface IUnitOfWork
{
    /// <summary>
    /// The events raised by the aggregates of this unit of work since the last call, each once: they are cleared from
    /// the aggregates as they are taken (ADR 0037).
    /// </summary>
    IReadOnlyList<IDomainEvent> TakeDomainEvents();

    /// <summary>Commits every change of the current command at once. Throws <see cref="ConcurrencyConflictException"/> on a lost update.</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
