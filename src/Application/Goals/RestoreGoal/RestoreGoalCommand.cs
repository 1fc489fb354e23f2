using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.RestoreGoal;

/// <summary>
/// <c>POST /api/{root_id}/goals/{goal_id}/restore</c> (issue 4): undoes exactly one delete — the goal and the rows
/// that delete hid with it. With <c>goal_id</c> = <c>root_id</c> it restores a deleted fractal with its activities,
/// groups and templates. Answers the restored goal with its children.
/// </summary>
public sealed record RestoreGoalCommand(string RootId, string GoalId) : IRestoringFractalRequest, ICommand<Result<JsonObject>>
{
    // Only the root itself may be restored out of a deleted fractal; any other goal of one answers "Fractal not found".
    public bool EntersDeletedFractal => string.Equals(GoalId, RootId, StringComparison.Ordinal);
}
