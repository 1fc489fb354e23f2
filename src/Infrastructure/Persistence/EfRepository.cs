using Ardalis.Specification;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>The one repository: evaluates specifications against the context. Registered open-generic.</summary>
internal sealed class EfRepository<T>(FractalGoalsDbContext db) : IRepository<T>
    where T : class
{
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).CountAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        Query(specification).AnyAsync(cancellationToken);

    public async Task<List<T>?> ListInFractalAsync(ISpecification<Goal> fractal, ISpecification<T> specification, CancellationToken cancellationToken)
    {
        var root = Query(db.Set<Goal>(), fractal);
        var list = await Query(db.Set<T>().Where(_ => root.Any()), specification).ToListAsync(cancellationToken);
        return list.Count > 0 || await root.AnyAsync(cancellationToken) ? list : null;
    }

    public void Add(T entity) => db.Set<T>().Add(entity);

    public void Remove(T entity) => db.Set<T>().Remove(entity);

    private IQueryable<T> Query(ISpecification<T> specification) => Query(db.Set<T>(), specification);

    private IQueryable<TEntity> Query<TEntity>(IQueryable<TEntity> source, ISpecification<TEntity> specification)
        where TEntity : class =>
        SpecificationEvaluator.Apply(source, specification, sqliteNullOrder: db is Postgres.PostgresFractalGoalsDbContext);
}
