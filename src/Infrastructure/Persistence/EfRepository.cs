using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Common.Specifications;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>The one repository: evaluates specifications against the context. Registered open-generic.</summary>
internal sealed class EfRepository<T>(FractalGoalsDbContext db) : IRepository<T>
    where T : class
{
    public Task<T?> FirstOrDefaultAsync(Specification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<List<T>> ListAsync(Specification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(Specification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).CountAsync(cancellationToken);

    public Task<bool> AnyAsync(Specification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).AnyAsync(cancellationToken);

    public void Add(T entity) => db.Set<T>().Add(entity);

    public void Remove(T entity) => db.Set<T>().Remove(entity);

    private IQueryable<T> Query(Specification<T> specification) => SpecificationEvaluator.Apply(db.Set<T>(), specification, sqliteNullOrder: db is Postgres.PostgresFractalGoalsDbContext);
}
