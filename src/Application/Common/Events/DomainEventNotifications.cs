using System.Collections.Frozen;
using System.Reflection;
using FractalGoals.Domain.Common;
using Mediator;

namespace FractalGoals.Application.Common.Events;

/// <summary>
/// Wraps a domain event in its notification. The wrappers are found once by reflection, so Common names no module
/// and a new event needs only its record (a unit test fails for an event without one).
/// </summary>
internal static class DomainEventNotifications
{
    private static readonly FrozenDictionary<Type, ConstructorInfo> WrapperByEvent = typeof(DomainEventNotifications).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEventNotification).IsAssignableFrom(t))
        .Select(t => t.GetConstructors().Single(c => c.GetParameters() is [{ ParameterType: var p }] && typeof(IDomainEvent).IsAssignableFrom(p)))
        .ToFrozenDictionary(c => c.GetParameters()[0].ParameterType);

    public static INotification For(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return WrapperByEvent.TryGetValue(domainEvent.GetType(), out var wrapper)
            ? (INotification)wrapper.Invoke([domainEvent])
            : throw new InvalidOperationException($"No {nameof(IDomainEventNotification)} wraps {domainEvent.GetType().Name}");
    }
}
