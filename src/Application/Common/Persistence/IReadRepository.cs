using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Application.Common.Persistence;

/// <summary>Reads of one aggregate type, described by specifications (ADR 0007). Infrastructure evaluates them.</summary>
public interface IReadRepository<T>
    where T : class
{
    Task<T?> FirstOrDefaultAsync(Specification<T> specification, CancellationToken cancellationToken);

    Task<List<T>> ListAsync(Specification<T> specification, CancellationToken cancellationToken);

    Task<int> CountAsync(Specification<T> specification, CancellationToken cancellationToken);

    Task<bool> AnyAsync(Specification<T> specification, CancellationToken cancellationToken);
}
