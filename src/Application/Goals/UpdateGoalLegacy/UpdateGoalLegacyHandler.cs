using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.UpdateGoalLegacy;

internal sealed class UpdateGoalLegacyHandler(IRepository<Goal> goals, TimeProvider clock)
    : ICommandHandler<UpdateGoalLegacyCommand, Result<StatusMessageResponse>>
{
    public async ValueTask<Result<StatusMessageResponse>> Handle(UpdateGoalLegacyCommand command, CancellationToken cancellationToken)
    {
        var goal = GoalId.TryParse(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalByIdSpec(goalId, forUpdate: true), cancellationToken)
            : null;
        if (goal is null) return Result<StatusMessageResponse>.NotFound(GoalMessages.LegacyUpdateNotFound);

        command.Changes.ApplyTo(goal, clock.LocalNow(), nullDescriptionIgnored: true);
        return StatusMessageResponse.Success("Goal updated");
    }
}
