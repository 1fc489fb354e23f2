namespace FractalGoals.Application.Common.Persistence;

/// <summary>
/// Adds and removes aggregates. Removal is a hard delete; soft deletes are methods on the aggregates.
/// Nothing is written until <see cref="IUnitOfWork.SaveChangesAsync"/> (once per command).
/// </summary>
public interface IRepository<T> : IReadRepository<T>
    where T : class
{
    void Add(T entity);

    void Remove(T entity);
}
