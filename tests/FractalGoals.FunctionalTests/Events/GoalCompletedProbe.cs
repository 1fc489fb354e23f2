using FractalGoals.Application.Goals.Events;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.FunctionalTests.Events;

/// <summary>A handler the test host adds beside the application's: records what it received, refuses if told to.</summary>
internal sealed class GoalCompletedProbe(bool refuse) : INotificationHandler<GoalCompletedNotification>
{
    private readonly List<GoalCompleted> _received = [];

    public IReadOnlyList<GoalCompleted> Received => _received;

    public ValueTask Handle(GoalCompletedNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        _received.Add(notification.Completed);
        if (refuse) throw new DomainRuleViolationException("probe.refused", "The probe refuses this completion");
        return ValueTask.CompletedTask;
    }
}
