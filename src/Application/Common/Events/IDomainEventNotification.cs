using FractalGoals.Domain.Common;
using Mediator;

namespace FractalGoals.Application.Common.Events;

/// <summary>
/// The mediator's notification for one domain event (ADR 0002's adapter, ADR 0037). The Mediator source generator
/// has no generic notifications, so each event gets its own sealed record, in its module's <c>Events</c> namespace,
/// with one constructor taking the event; <see cref="DomainEventNotifications"/> finds it.
/// </summary>
public interface IDomainEventNotification : INotification
{
    IDomainEvent DomainEvent { get; }
}
