using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.GetGoal;

internal sealed class GetGoalHandler(
    FractalScope fractal, IInstanceRows instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<GetGoalQuery, Result<GoalNode>>
{
    public async ValueTask<Result<GoalNode>> Handle(GetGoalQuery query, CancellationToken cancellationToken)
    {
        var members = (await fractal.ReadLiveGoalsAsync(cancellationToken)).Goals;
        if (!GoalId.TryParse(query.GoalId, out var goalId)) return Result<GoalNode>.NotFound(GoalMessages.GoalNotFound);

        var goal = members.FirstOrDefault(g => g.Id == goalId);
        if (goal is null) return Result<GoalNode>.NotFound(GoalMessages.GoalNotFound);
        var view = await GoalViews.WithGoalsAsync(fractal.RootId, members, instances, activities, cancellationToken);
        return Result<GoalNode>.Ok(view.Node(goal)).At(goal.UpdatedAt);   // a goal's subtree can be most of the tree (ADR 0032)
    }
}
