using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.GetGoal;

internal sealed class GetGoalHandler(
    IReadRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<GetGoalQuery, Result<JsonBody>>
{
    public async ValueTask<Result<JsonBody>> Handle(GetGoalQuery query, CancellationToken cancellationToken)
    {
        if (!RouteIds.TryGoalId(query.RootId, out var rootId)) return Result<JsonBody>.NotFound(GoalMessages.FractalNotFound);
        if (await LiveFractal.ReadAsync(rootId, goals, cancellationToken) is not { Goals: var members })
            return Result<JsonBody>.NotFound(GoalMessages.FractalNotFound);
        if (!RouteIds.TryGoalId(query.GoalId, out var goalId)) return Result<JsonBody>.NotFound(GoalMessages.GoalNotFound);

        var goal = members.FirstOrDefault(g => g.Id == goalId);
        if (goal is null) return Result<JsonBody>.NotFound(GoalMessages.GoalNotFound);
        var view = await GoalViews.WithGoalsAsync(rootId, members, instances, activities, cancellationToken);
        return new JsonBody(writer => view.Write(goal, writer));   // a goal's subtree can be most of the tree (ADR 0032)
    }
}
