using System.Runtime.CompilerServices;
using FractalGoals.Application.Common.Events;
using FractalGoals.Application.Goals.Events;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.UnitTests.Application.Common;

/// <summary>Every domain event reaches the mediator as its own notification (ADR 0002's adapter, ADR 0037).</summary>
public sealed class DomainEventNotificationsTests
{
    public static TheoryData<Type> DomainEventTypes() =>
        [.. typeof(IDomainEvent).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))];

    [Theory]
    [MemberData(nameof(DomainEventTypes))]
    public void Every_domain_event_is_wrapped_in_a_notification_that_carries_it(Type eventType)
    {
        var domainEvent = (IDomainEvent)RuntimeHelpers.GetUninitializedObject(eventType);

        var notification = Assert.IsAssignableFrom<IDomainEventNotification>(DomainEventNotifications.For(domainEvent));

        Assert.Same(domainEvent, notification.DomainEvent);
    }

    [Fact]
    public void GoalCompleted_is_published_as_GoalCompletedNotification()
    {
        var completed = new GoalCompleted(GoalId.New(), GoalId.New(), new DateTime(2026, 1, 2, 9, 0, 0));

        var notification = Assert.IsType<GoalCompletedNotification>(DomainEventNotifications.For(completed));

        Assert.Equal(completed, notification.Completed);
    }

    private sealed record Unwrapped : IDomainEvent;

    [Fact]
    public void An_event_without_a_notification_is_refused_rather_than_dropped()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => DomainEventNotifications.For(new Unwrapped()));

        Assert.Contains(nameof(Unwrapped), refusal.Message, StringComparison.Ordinal);
    }
}
