using System.Linq.Expressions;
using System.Reflection;
using FractalGoals.Domain.Common.Specifications;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>Turns a specification into an EF Core query. The only place specifications meet EF (ADR 0007).</summary>
internal static class SpecificationEvaluator
{
    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include) && m.GetParameters()[1].ParameterType != typeof(string));

    private static readonly MethodInfo ThenIncludeAfterCollection = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude)
                     && m.GetParameters()[0].ParameterType.GetGenericArguments()[1].IsGenericType
                     && m.GetParameters()[0].ParameterType.GetGenericArguments()[1].GetGenericTypeDefinition() == typeof(IEnumerable<>));

    /// <param name="sqliteNullOrder">
    /// Order NULL keys as SQLite does (first when ascending, last when descending) on a store that does it the other
    /// way round (PostgreSQL), so lists come back in the same order on both (ADR 0026).
    /// </param>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, Specification<T> specification, bool sqliteNullOrder = false)
        where T : class
    {
        if (specification.IgnoredQueryFilters.Count > 0) query = query.IgnoreQueryFilters(specification.IgnoredQueryFilters);
        query = specification.WhereExpressions.Aggregate(query, (q, criterion) => q.Where(criterion));
        query = ApplyIncludes(query, specification.IncludeExpressions);
        query = ApplyOrder(query, specification.OrderExpressions, sqliteNullOrder);
        if (specification.Skip is { } skip) query = query.Skip(skip);
        if (specification.Take is { } take) query = query.Take(take);
        if (specification.AsSplitQuery) query = query.AsSplitQuery();
        return specification.AsTracking ? query.AsTracking() : query.AsNoTracking();
    }

    private static IQueryable<T> ApplyOrder<T>(IQueryable<T> query, IReadOnlyList<OrderExpression<T>> orders, bool sqliteNullOrder)
        where T : class
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var order in orders)
        {
            if (sqliteNullOrder && NullsPlacedLikeSqlite(order) is { } nullsKey)
                ordered = ordered is null ? query.OrderBy(nullsKey) : ordered.ThenBy(nullsKey);
            ordered = (ordered, order.Descending) switch
            {
                (null, false) => query.OrderBy(order.KeySelector),
                (null, true) => query.OrderByDescending(order.KeySelector),
                (_, false) => ordered.ThenBy(order.KeySelector),
                (_, true) => ordered.ThenByDescending(order.KeySelector),
            };
        }
        return ordered ?? query;
    }

    // 0 sorts first: a NULL key before the others when ascending, after them when descending.
    private static Expression<Func<T, int>>? NullsPlacedLikeSqlite<T>(OrderExpression<T> order)
    {
        var key = order.KeySelector.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : order.KeySelector.Body;
        if (key.Type.IsValueType && Nullable.GetUnderlyingType(key.Type) is null) return null;
        var isNull = Expression.Equal(key, Expression.Constant(null, key.Type));
        var (nullRank, valueRank) = order.Descending ? (1, 0) : (0, 1);
        return Expression.Lambda<Func<T, int>>(Expression.Condition(isNull, Expression.Constant(nullRank), Expression.Constant(valueRank)), order.KeySelector.Parameters);
    }

    // Includes are rebuilt as the generic Include/ThenInclude calls EF expects, chain by chain.
    private static IQueryable<T> ApplyIncludes<T>(IQueryable<T> query, IReadOnlyList<IncludeExpression> includes)
        where T : class
    {
        var chains = includes.Where(i => !includes.Any(other => other.Previous == i)).Select(Chain);
        foreach (var chain in chains)
        {
            object current = query;
            foreach (var include in chain)
            {
                var method = include.Previous is null
                    ? IncludeMethod.MakeGenericMethod(typeof(T), include.PropertyType)
                    : ThenIncludeAfterCollection.MakeGenericMethod(typeof(T), include.EntityType, include.PropertyType);
                current = method.Invoke(null, [current, include.Navigation])!;
            }
            query = (IQueryable<T>)current;
        }
        return query;
    }

    private static List<IncludeExpression> Chain(IncludeExpression last)
    {
        var chain = new List<IncludeExpression>();
        for (var include = last; include is not null; include = include.Previous) chain.Insert(0, include);
        return chain;
    }

}
