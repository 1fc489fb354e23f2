using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
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

    public async Task<List<T>?> ListInLiveFractalAsync(GoalId rootId, Specification<T> specification, CancellationToken cancellationToken)
    {
        var root = Query(db.Set<Goal>(), new FractalRootSpec(rootId));
        var list = await Query(db.Set<T>().Where(_ => root.Any()), specification).ToListAsync(cancellationToken);
        return list.Count > 0 || await root.AnyAsync(cancellationToken) ? list : null;
    }

    public void Add(T entity) => db.Set<T>().Add(entity);

    public void Remove(T entity) => db.Set<T>().Remove(entity);

    private IQueryable<T> Query(Specification<T> specification) => Query(db.Set<T>(), specification);

    private IQueryable<TEntity> Query<TEntity>(IQueryable<TEntity> source, Specification<TEntity> specification)
        where TEntity : class =>
        SpecificationEvaluator.Apply(source, specification, sqliteNullOrder: db is Postgres.PostgresFractalGoalsDbContext);
}
