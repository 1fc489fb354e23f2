using Mediator;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>Stands in for the generated mediator: every notification goes to the one handler the test gives.</summary>
internal sealed class DelegatePublisher(Func<INotification, Task> handler) : IPublisher
{
    public ValueTask Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => new(handler(notification));

    public ValueTask Publish(object notification, CancellationToken cancellationToken = default) => new(handler((INotification)notification));
}
