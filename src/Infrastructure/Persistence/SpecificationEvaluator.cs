using System.Linq.Expressions;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// Turns an Ardalis specification into an EF Core query: the part of Ardalis.Specification.EntityFrameworkCore we
/// use, which the package source does not serve (ADR 0035). Only what our specifications use is supported; a
/// specification that asks for more (includes, search, projections) is refused rather than half applied.
/// </summary>
internal static class SpecificationEvaluator
{
    /// <param name="sqliteNullOrder">
    /// Order NULL keys as SQLite does (first when ascending, last when descending) on a store that does it the other
    /// way round (PostgreSQL), so lists come back in the same order on both (ADR 0026).
    /// </param>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, ISpecification<T> specification, bool sqliteNullOrder = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(specification);
        RefuseUnsupported(specification);
        // Only the soft-delete filter is lifted: a filter added later (ownership, say) must never fall with it.
        if (specification.IgnoreQueryFilters) query = query.IgnoreQueryFilters([SoftDeleteFilter.Name]);
        query = specification.WhereExpressions.Aggregate(query, (q, criterion) => q.Where(criterion.Filter));
        query = ApplyOrder(query, specification.OrderExpressions, sqliteNullOrder);
        if (specification.Skip > 0) query = query.Skip(specification.Skip);
        if (specification.Take >= 0) query = query.Take(specification.Take);
        if (specification.AsSplitQuery) query = query.AsSplitQuery();
        return specification.AsTracking ? query.AsTracking() : query.AsNoTracking();
    }

    private static void RefuseUnsupported<T>(ISpecification<T> specification)
    {
        if (specification.IncludeExpressions.Any() || specification.IncludeStrings.Any() || specification.SearchCriterias.Any()
            || specification.PostProcessingAction is not null || specification.AsNoTrackingWithIdentityResolution || specification.IgnoreAutoIncludes
            || specification.QueryTags.Any())
            throw new NotSupportedException($"{specification.GetType().Name} uses a specification feature this evaluator does not apply");
    }

    private static IQueryable<T> ApplyOrder<T>(IQueryable<T> query, IEnumerable<OrderExpressionInfo<T>> orders, bool sqliteNullOrder)
        where T : class
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var order in orders)
        {
            var descending = order.OrderType is OrderTypeEnum.OrderByDescending or OrderTypeEnum.ThenByDescending;
            if (sqliteNullOrder && NullsPlacedLikeSqlite(order.KeySelector, descending) is { } nullsKey)
                ordered = ordered is null ? query.OrderBy(nullsKey) : ordered.ThenBy(nullsKey);
            ordered = (ordered, descending) switch
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
    private static Expression<Func<T, int>>? NullsPlacedLikeSqlite<T>(Expression<Func<T, object?>> keySelector, bool descending)
    {
        var key = keySelector.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : keySelector.Body;
        if (key.Type.IsValueType && Nullable.GetUnderlyingType(key.Type) is null) return null;
        var isNull = Expression.Equal(key, Expression.Constant(null, key.Type));
        var (nullRank, valueRank) = descending ? (1, 0) : (0, 1);
        return Expression.Lambda<Func<T, int>>(Expression.Condition(isNull, Expression.Constant(nullRank), Expression.Constant(valueRank)), keySelector.Parameters);
    }
}
