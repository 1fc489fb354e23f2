namespace FractalGoals.Domain.Common;

/// <summary>A row hidden rather than removed when deleted (domain-rules §6.2).</summary>
public interface ISoftDeletable
{
    DateTime? DeletedAt { get; }

    bool IsDeleted => DeletedAt is not null;
}
