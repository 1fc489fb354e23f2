namespace FractalGoals.Application.Common.Persistence;

public interface IUnitOfWork
{
    /// <summary>Commits every change of the current command at once. Throws <see cref="ConcurrencyConflictException"/> on a lost update.</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
