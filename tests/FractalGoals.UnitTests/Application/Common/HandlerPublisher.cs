using Mediator;

namespace FractalGoals.UnitTests.Application.Common;

/// <summary>Stands in for the generated mediator: every notification goes to the one handler the test gives.</summary>
internal sealed class HandlerPublisher(Func<INotification, ValueTask> handler) : IPublisher
{
    public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => handler(notification);

    public ValueTask Publish(object notification, CancellationToken cancellationToken = default) => handler((INotification)notification);
}
