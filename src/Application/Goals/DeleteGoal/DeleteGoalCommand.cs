using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.DeleteGoal;

/// <summary><c>DELETE /api/{root_id}/goals/{goal_id}</c> (contract #9): soft-deletes the goal's subtree and the instances of its sessions.</summary>
public sealed record DeleteGoalCommand(string RootId, string GoalId) : IFractalRequest, ICommand<Result<StatusMessageResponse>>;
