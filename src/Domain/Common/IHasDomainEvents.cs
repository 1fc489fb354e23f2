namespace FractalGoals.Domain.Common;

/// <summary>Lets the persistence layer find aggregates that raised events before it saves them.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}
