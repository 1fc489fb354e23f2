using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.UpdateGoal;

internal sealed class UpdateGoalHandler(
    FractalScope fractal, IRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<UpdateGoalCommand, Result<GoalNode>>
{
    public async ValueTask<Result<GoalNode>> Handle(UpdateGoalCommand command, CancellationToken cancellationToken)
    {
        var goal = GoalId.TryParse(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalOfFractalSpec(fractal.RootId, goalId, forUpdate: true), cancellationToken)
            : null;
        if (goal is null) return Result<GoalNode>.NotFound(GoalMessages.GoalNotFound);

        command.Changes.ApplyTo(goal, clock.LocalNow(), nullDescriptionIgnored: false);
        return await GoalViews.WithoutChildrenAsync(goal, goals, instances, activities, cancellationToken);
    }
}
