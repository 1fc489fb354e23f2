using Ardalis.Specification;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Common.Persistence;

/// <summary>Reads of one aggregate type, described by Ardalis specifications (ADR 0035). Infrastructure evaluates them.</summary>
public interface IReadRepository<T>
    where T : class
{
    Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken);

    /// <summary>
    /// The list, or <see langword="null"/> when no goal satisfies <paramref name="fractal"/> (the gate's fractal
    /// check). One query when the list has rows: the check rides along as an EXISTS condition instead of costing a
    /// round trip of its own; only an empty list asks the store again (ADR 0034). Reached through
    /// <see cref="Fractals.FractalScope.ListAsync{T}"/>.
    /// </summary>
    Task<List<T>?> ListInFractalAsync(ISpecification<Goal> fractal, ISpecification<T> specification, CancellationToken cancellationToken);
}
