using FractalGoals.Domain.Common;
using Mediator;
using Microsoft.Extensions.Logging;

namespace FractalGoals.Application.Common.Events;

/// <summary>
/// Traces every domain event a command published, at Debug, so a request's reactions can be followed in the log.
/// It also gives each notification a handler: the Mediator generator reports a notification nobody handles (MSG0005),
/// a check worth keeping for commands and queries.
/// </summary>
internal sealed partial class DomainEventLog(ILogger<DomainEventLog> logger) : INotificationHandler<IDomainEventNotification>
{
    public ValueTask Handle(IDomainEventNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Published(logger, notification.DomainEvent.GetType().Name, notification.DomainEvent);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Domain event {EventName} published before the commit: {DomainEvent}")]
    private static partial void Published(ILogger logger, string eventName, IDomainEvent domainEvent);
}
