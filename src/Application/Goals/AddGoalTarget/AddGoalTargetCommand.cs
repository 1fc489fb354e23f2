using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.AddGoalTarget;

/// <summary>
/// <c>POST /api/{root_id}/goals/{goal_id}/targets</c> (issue 15, ADR 0050): appends one target to a goal of this
/// fractal. <paramref name="Target"/> is the exact text of the body (ADR 0015). The global route is
/// <see cref="AddGoalTargetLegacyCommand"/>.
/// </summary>
public sealed record AddGoalTargetCommand(string RootId, string GoalId, string Target) : IFractalRequest, ICommand<Result<GoalTargetResponse>>;
