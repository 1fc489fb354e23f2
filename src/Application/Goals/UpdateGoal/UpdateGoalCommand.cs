using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.UpdateGoal;

/// <summary><c>PUT /api/{root_id}/goals/{goal_id}</c> (contract #8): applies only the present fields (Q-02, Q-10 fixed).</summary>
public sealed record UpdateGoalCommand(string RootId, string GoalId, GoalChanges Changes) : IFractalRequest, ICommand<Result<JsonObject>>;
