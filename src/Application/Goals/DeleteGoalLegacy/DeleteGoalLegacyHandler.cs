using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Goals.DeleteGoalLegacy;

internal sealed class DeleteGoalLegacyHandler(
    IRepository<Goal> goals, IRepository<ActivityInstance> instances, IRepository<ActivityDefinition> activities,
    IRepository<ActivityGroup> groups, IRepository<SessionTemplate> templates, TimeProvider clock)
    : ICommandHandler<DeleteGoalLegacyCommand, Result<StatusMessageResponse>>
{
    public async ValueTask<Result<StatusMessageResponse>> Handle(DeleteGoalLegacyCommand command, CancellationToken cancellationToken)
    {
        var found = GoalId.TryParse(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalByIdSpec(goalId), cancellationToken)
            : null;
        // No gate on this global route: its fractal is the goal's, checked with the gate's one condition (ADR 0036).
        var root = found is null ? null : await goals.FirstOrDefaultAsync(new AccessibleFractalSpec(found.RootId, forUpdate: true), cancellationToken);
        if (found is null || root is null) return Result<StatusMessageResponse>.NotFound(GoalMessages.GoalOrSessionNotFound);
        var tree = await FractalTrees.LoadAsync(goals, root, cancellationToken);

        var deletion = tree.Delete(goalId, clock.LocalNow());
        await new GoalDependants(instances, activities, groups, templates).HideAsync(deletion, cancellationToken);
        return StatusMessageResponse.Success(found.ParentId is null ? "Root goal deleted" : "Goal deleted");
    }
}
