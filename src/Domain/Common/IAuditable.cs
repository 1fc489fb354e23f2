namespace FractalGoals.Domain.Common;

/// <summary>
/// Audit columns (domain-rules §7): <see cref="CreatedAt"/> is set once; <see cref="UpdatedAt"/> at insert
/// and on every change that actually alters the row. Both are naive server-local times supplied by the
/// caller's clock (a <c>TimeProvider</c>); entities never read the clock themselves.
/// </summary>
public interface IAuditable
{
    DateTime? CreatedAt { get; }

    DateTime? UpdatedAt { get; }
}
