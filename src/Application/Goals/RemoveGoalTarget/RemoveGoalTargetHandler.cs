using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.RemoveGoalTarget;

/// <summary>One use case on two routes: the goal (404 "Goal not found"), then the target (404 "Target not found").</summary>
internal sealed class RemoveGoalTargetHandler(FractalScope fractal, IRepository<Goal> goals, TimeProvider clock)
    : ICommandHandler<RemoveGoalTargetCommand, Result<StatusMessageResponse>>, ICommandHandler<RemoveGoalTargetLegacyCommand, Result<StatusMessageResponse>>
{
    public async ValueTask<Result<StatusMessageResponse>> Handle(RemoveGoalTargetCommand command, CancellationToken cancellationToken) =>
        Remove(GoalId.TryParse(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalOfFractalSpec(fractal.RootId, goalId, forUpdate: true), cancellationToken)
            : null, command.TargetId);

    public async ValueTask<Result<StatusMessageResponse>> Handle(RemoveGoalTargetLegacyCommand command, CancellationToken cancellationToken) =>
        Remove(GoalId.TryParse(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalByIdSpec(goalId, forUpdate: true), cancellationToken)
            : null, command.TargetId);

    private Result<StatusMessageResponse> Remove(Goal? goal, string targetId)
    {
        if (goal is null) return Result<StatusMessageResponse>.NotFound(GoalMessages.GoalNotFound);
        return goal.RemoveTarget(targetId, clock.LocalNow())
            ? StatusMessageResponse.Success(GoalMessages.TargetDeleted)
            : Result<StatusMessageResponse>.NotFound(GoalMessages.TargetNotFound);
    }
}
