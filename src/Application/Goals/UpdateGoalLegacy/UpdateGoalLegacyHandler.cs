using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.UpdateGoalLegacy;

internal sealed class UpdateGoalLegacyHandler(IRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<UpdateGoalLegacyCommand, Result<UpdatedGoalResponse>>
{
    public async ValueTask<Result<UpdatedGoalResponse>> Handle(UpdateGoalLegacyCommand command, CancellationToken cancellationToken)
    {
        var goal = GoalId.TryParse(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalByIdSpec(goalId, forUpdate: true), cancellationToken)
            : null;
        if (goal is null) return Result<UpdatedGoalResponse>.NotFound(GoalMessages.LegacyUpdateNotFound);

        command.Changes.ApplyTo(goal, clock.LocalNow(), nullDescriptionIgnored: true);
        return new UpdatedGoalResponse("success", "Goal updated", await GoalViews.WithoutChildrenAsync(goal, goals, instances, activities, cancellationToken));
    }
}
