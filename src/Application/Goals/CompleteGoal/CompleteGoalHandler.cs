using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using Mediator;

namespace FractalGoals.Application.Goals.CompleteGoal;

internal sealed class CompleteGoalHandler(
    IRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<CompleteGoalCommand, Result<CompletedGoalResponse>>
{
    public async ValueTask<Result<CompletedGoalResponse>> Handle(CompleteGoalCommand command, CancellationToken cancellationToken)
    {
        GoalId? rootId = null;
        if (command.RootId is not null)
        {
            if (!RouteIds.TryGoalId(command.RootId, out var scopedRoot)
                || await goals.FirstOrDefaultAsync(new FractalRootSpec(scopedRoot), cancellationToken) is null)
                return Result<CompletedGoalResponse>.NotFound(GoalMessages.FractalNotFound);
            rootId = scopedRoot;
        }
        Goal? goal = null;
        if (RouteIds.TryGoalId(command.GoalId, out var goalId))
        {
            goal = rootId is { } root
                ? await goals.FirstOrDefaultAsync(new GoalOfFractalSpec(root, goalId, forUpdate: true), cancellationToken)
                : await goals.FirstOrDefaultAsync(new GoalByIdSpec(goalId, forUpdate: true), cancellationToken);
        }
        if (goal is null) return Result<CompletedGoalResponse>.NotFound(GoalMessages.GoalOrSessionNotFound);

        goal.SetCompleted(command.Completed, clock.LocalNow());
        var view = await GoalViews.OfFractalAsync(goal.RootId, goals, instances, activities, cancellationToken);
        return new CompletedGoalResponse("success", view.WithChildren(goal));
    }
}
