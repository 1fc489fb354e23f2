using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Common.Persistence;

/// <summary>Reads of one aggregate type, described by specifications (ADR 0007). Infrastructure evaluates them.</summary>
public interface IReadRepository<T>
    where T : class
{
    Task<T?> FirstOrDefaultAsync(Specification<T> specification, CancellationToken cancellationToken);

    Task<List<T>> ListAsync(Specification<T> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(Specification<T> specification, CancellationToken cancellationToken);

    Task<bool> AnyAsync(Specification<T> specification, CancellationToken cancellationToken);

    /// <summary>
    /// The list of a root-scoped read, or <see langword="null"/> when <paramref name="rootId"/> is not a live fractal
    /// (the contract's root check, §1.7). One query when the list has rows: the root check rides along as a condition
    /// instead of costing a round trip of its own; only an empty list asks the store again (ADR 0034).
    /// </summary>
    Task<List<T>?> ListInLiveFractalAsync(GoalId rootId, Specification<T> specification, CancellationToken cancellationToken);
}
