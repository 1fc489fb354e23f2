using FractalGoals.Application.Common.Persistence;
using Mediator;

namespace FractalGoals.Application.Common.Events;

/// <summary>
/// Publishes the events the command's aggregates raised, before its one save (ADR 0037): a handler's changes land in
/// the same unit of work, so they commit with the command or not at all. Handlers may raise events in turn; those are
/// published in the next round, until a round raises none.
/// </summary>
public sealed class DomainEventDispatcher(IUnitOfWork unitOfWork, IPublisher publisher)
{
    /// <summary>More rounds than any chain of reactions needs: past it, handlers are feeding each other in a loop.</summary>
    public const int MaxRounds = 8;

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            var events = unitOfWork.TakeDomainEvents();
            if (events.Count == 0) return;
            if (round > MaxRounds)
                throw new InvalidOperationException(
                    $"Domain event handlers still raise events after {MaxRounds} rounds ({string.Join(", ", events.Select(e => e.GetType().Name).Distinct())})");
            foreach (var domainEvent in events)
                await publisher.Publish(DomainEventNotifications.For(domainEvent), cancellationToken);
        }
    }
}
