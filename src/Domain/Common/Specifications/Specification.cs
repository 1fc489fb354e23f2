using System.Linq.Expressions;

namespace FractalGoals.Domain.Common.Specifications;

/// <summary>
/// Describes one query over <typeparamref name="T"/>; Infrastructure evaluates it. Shaped like
/// Ardalis.Specification (<c>Query.Where(...).OrderBy(...).Skip(...).Take(...).AsNoTracking()</c>) so the
/// package can replace this in-house version by swapping the base type (ADR 0007).
/// </summary>
public abstract class Specification<T>
    where T : class
{
    protected Specification() => Query = new SpecificationBuilder<T>(this);

    public ISpecificationBuilder<T> Query { get; }

    public IReadOnlyList<Expression<Func<T, bool>>> WhereExpressions => WhereList;

    public IReadOnlyList<IncludeExpression> IncludeExpressions => IncludeList;

    public IReadOnlyList<OrderExpression<T>> OrderExpressions => OrderList;

    public int? Skip { get; internal set; }

    public int? Take { get; internal set; }

    /// <summary>Queries do not track by default; commands that change the result ask for tracking.</summary>
    public bool AsTracking { get; internal set; }

    /// <summary>Included collections load with one query each, not one joined row set.</summary>
    public bool AsSplitQuery { get; internal set; }

    /// <summary>Names of global query filters lifted for this query (e.g. the soft-delete filter, to restore).</summary>
    public IReadOnlyList<string> IgnoredQueryFilters => IgnoredFilterList;

    internal List<Expression<Func<T, bool>>> WhereList { get; } = [];

    internal List<IncludeExpression> IncludeList { get; } = [];

    internal List<OrderExpression<T>> OrderList { get; } = [];

    internal List<string> IgnoredFilterList { get; } = [];

    /// <summary>Evaluates the criteria in memory: for unit tests and for checking an already loaded entity.</summary>
    public bool IsSatisfiedBy(T candidate) => WhereList.All(criterion => criterion.Compile()(candidate));

    /// <summary>
    /// Applies criteria, order and paging to an in-memory sequence (the same meaning the database gives them: text
    /// keys order by code point, like SQLite's BINARY collation). Enum keys order by value here but by stored name
    /// in SQL (<c>goals.type</c> is text), so specifications should not order by an enum.
    /// </summary>
    public IEnumerable<T> Evaluate(IEnumerable<T> source)
    {
        var criteria = WhereList.Select(criterion => criterion.Compile()).ToArray();   // once, not once per item
        var result = source.Where(candidate => criteria.All(criterion => criterion(candidate)));
        IOrderedEnumerable<T>? ordered = null;
        foreach (var order in OrderList)
        {
            var key = order.KeySelector.Compile();
            ordered = (ordered, order.Descending) switch
            {
                (null, false) => result.OrderBy(key, StoredValueComparer.Instance),
                (null, true) => result.OrderByDescending(key, StoredValueComparer.Instance),
                (_, false) => ordered.ThenBy(key, StoredValueComparer.Instance),
                (_, true) => ordered.ThenByDescending(key, StoredValueComparer.Instance),
            };
        }
        result = ordered ?? result;
        if (Skip is { } skip) result = result.Skip(skip);
        if (Take is { } take) result = result.Take(take);
        return result;
    }
}
