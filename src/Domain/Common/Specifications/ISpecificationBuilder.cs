namespace FractalGoals.Domain.Common.Specifications;

/// <summary>The fluent surface of <see cref="Specification{T}.Query"/>; operations are extension methods as in Ardalis.Specification.</summary>
public interface ISpecificationBuilder<T>
    where T : class
{
    Specification<T> Specification { get; }
}

public interface IOrderedSpecificationBuilder<T> : ISpecificationBuilder<T>
    where T : class;

public interface IIncludableSpecificationBuilder<T, out TProperty> : ISpecificationBuilder<T>
    where T : class
{
    IncludeExpression Include { get; }
}

internal sealed class SpecificationBuilder<T>(Specification<T> specification) : IOrderedSpecificationBuilder<T>
    where T : class
{
    public Specification<T> Specification { get; } = specification;
}

internal sealed class IncludableSpecificationBuilder<T, TProperty>(Specification<T> specification, IncludeExpression include)
    : IIncludableSpecificationBuilder<T, TProperty>
    where T : class
{
    public Specification<T> Specification { get; } = specification;

    public IncludeExpression Include { get; } = include;
}
