namespace FractalGoals.Domain.Common;

/// <summary>Something with an identity that outlives changes to its state.</summary>
public abstract class Entity<TId>
    where TId : struct
{
    public TId Id { get; protected init; }
}
