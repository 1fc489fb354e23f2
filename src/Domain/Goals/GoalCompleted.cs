using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Goals;

public sealed record GoalCompleted(GoalId GoalId, GoalId RootId, DateTime At) : IDomainEvent;
