using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.CompleteGoal;

/// <summary>
/// <c>PATCH /api/{root_id}/goals/{goal_id}/complete</c> (#10): sets completion of one goal or session of this
/// fractal, no cascade (the scoping rule overrides Q-09); a null <paramref name="Completed"/> flips it (ADR 0048).
/// The global #11 is <see cref="CompleteGoalLegacyCommand"/>.
/// </summary>
public sealed record CompleteGoalCommand(string RootId, string GoalId, bool? Completed) : IFractalRequest, ICommand<Result<CompletedGoalResponse>>;
