using FractalGoals.Application.Common.Events;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals.Events;

/// <summary>A goal became completed, published before the command commits (ADR 0037); other modules may handle it.</summary>
public sealed record GoalCompletedNotification(GoalCompleted Completed) : IDomainEventNotification
{
    IDomainEvent IDomainEventNotification.DomainEvent => Completed;
}
