using System.Linq.Expressions;

namespace FractalGoals.Domain.Common.Specifications;

/// <summary>The Ardalis-shaped verbs: <c>Query.Where(...).Include(...).OrderBy(...).ThenBy(...).Skip(...).Take(...)</c>.</summary>
public static class SpecificationBuilderExtensions
{
    public static ISpecificationBuilder<T> Where<T>(this ISpecificationBuilder<T> builder, Expression<Func<T, bool>> criteria)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Specification.WhereList.Add(criteria);
        return builder;
    }

    public static IOrderedSpecificationBuilder<T> OrderBy<T>(this ISpecificationBuilder<T> builder, Expression<Func<T, object?>> key)
        where T : class => AddOrder(builder, key, descending: false);

    public static IOrderedSpecificationBuilder<T> OrderByDescending<T>(this ISpecificationBuilder<T> builder, Expression<Func<T, object?>> key)
        where T : class => AddOrder(builder, key, descending: true);

    public static IOrderedSpecificationBuilder<T> ThenBy<T>(this IOrderedSpecificationBuilder<T> builder, Expression<Func<T, object?>> key)
        where T : class => AddOrder(builder, key, descending: false);

    public static IOrderedSpecificationBuilder<T> ThenByDescending<T>(this IOrderedSpecificationBuilder<T> builder, Expression<Func<T, object?>> key)
        where T : class => AddOrder(builder, key, descending: true);

    public static IIncludableSpecificationBuilder<T, TProperty> Include<T, TProperty>(this ISpecificationBuilder<T> builder, Expression<Func<T, TProperty>> navigation)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var include = new IncludeExpression(navigation, typeof(T), typeof(TProperty), Previous: null);
        builder.Specification.IncludeList.Add(include);
        return new IncludableSpecificationBuilder<T, TProperty>(builder.Specification, include);
    }

    public static IIncludableSpecificationBuilder<T, TProperty> ThenInclude<T, TPrevious, TProperty>(
        this IIncludableSpecificationBuilder<T, IEnumerable<TPrevious>> builder, Expression<Func<TPrevious, TProperty>> navigation)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var include = new IncludeExpression(navigation, typeof(TPrevious), typeof(TProperty), builder.Include);
        builder.Specification.IncludeList.Add(include);
        return new IncludableSpecificationBuilder<T, TProperty>(builder.Specification, include);
    }

    public static ISpecificationBuilder<T> Skip<T>(this ISpecificationBuilder<T> builder, int skip)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        builder.Specification.Skip = skip;
        return builder;
    }

    public static ISpecificationBuilder<T> Take<T>(this ISpecificationBuilder<T> builder, int take)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        builder.Specification.Take = take;
        return builder;
    }

    public static ISpecificationBuilder<T> AsNoTracking<T>(this ISpecificationBuilder<T> builder)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Specification.AsTracking = false;
        return builder;
    }

    public static ISpecificationBuilder<T> AsTracking<T>(this ISpecificationBuilder<T> builder)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Specification.AsTracking = true;
        return builder;
    }

    /// <summary>
    /// Loads each included collection with its own query (Ardalis' <c>AsSplitQuery</c>) instead of one joined row
    /// set: SQLite materialises a joined child subquery for every parent of every fractal before it can filter it.
    /// </summary>
    public static ISpecificationBuilder<T> AsSplitQuery<T>(this ISpecificationBuilder<T> builder)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Specification.AsSplitQuery = true;
        return builder;
    }

    /// <summary>Lifts one named global filter (e.g. <c>"SoftDelete"</c>) — to find deleted rows for a restore.</summary>
    public static ISpecificationBuilder<T> IgnoreQueryFilter<T>(this ISpecificationBuilder<T> builder, string filterName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Specification.IgnoredFilterList.Add(filterName);
        return builder;
    }

    private static IOrderedSpecificationBuilder<T> AddOrder<T>(ISpecificationBuilder<T> builder, Expression<Func<T, object?>> key, bool descending)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Specification.OrderList.Add(new OrderExpression<T>(key, descending));
        return (IOrderedSpecificationBuilder<T>)builder.Specification.Query;   // the root builder is the ordered one
    }
}
