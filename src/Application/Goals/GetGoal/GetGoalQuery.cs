using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Goals.GetGoal;

/// <summary><c>GET /api/{root_id}/goals/{goal_id}</c> (contract #7): one goal or session of this fractal with its children (Q-10 fixed).</summary>
public sealed record GetGoalQuery(string RootId, string GoalId) : IFoldedFractalRead, IQuery<Result<JsonBody>>;
