using System.Linq.Expressions;
using Ardalis.Specification;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Common.Specifications;

/// <summary>
/// A query over the rows of one fractal (ADR 0010): the <c>root_id</c> condition is written here once, and the
/// derived specification adds only what is its own.
/// </summary>
public abstract class RootScopedSpecification<T> : Specification<T>
    where T : class, IRootScoped
{
    protected RootScopedSpecification(GoalId rootId)
    {
        RootId = rootId;
        Query.Where(BelongsTo(rootId));
    }

    public GoalId RootId { get; }

    // Built against T's own RootId property (not the interface's) so EF Core maps it like any column, and read
    // from a closure-like holder so the id is a SQL parameter rather than a constant baked into each plan.
    private static Expression<Func<T, bool>> BelongsTo(GoalId rootId)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var holder = Expression.Property(Expression.Constant(new RootIdHolder(rootId)), nameof(RootIdHolder.Value));
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(Expression.Property(row, RootIdProperty), holder), row);
    }

    private static readonly System.Reflection.PropertyInfo RootIdProperty =
        typeof(T).GetProperty(nameof(IRootScoped.RootId)) ?? throw new InvalidOperationException($"{typeof(T).Name} has no RootId property");

    private sealed record RootIdHolder(GoalId Value);
}
