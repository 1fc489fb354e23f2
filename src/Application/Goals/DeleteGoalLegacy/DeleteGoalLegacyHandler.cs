using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
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
        var found = RouteIds.TryGoalId(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalByIdSpec(goalId), cancellationToken)
            : null;
        var tree = found is null ? null : await FractalTrees.LoadAsync(goals, found.RootId, cancellationToken);
        if (found is null || tree is null || tree.Root.IsDeleted) return Result<StatusMessageResponse>.NotFound(GoalMessages.GoalOrSessionNotFound);

        var deletion = tree.Delete(goalId, clock.LocalNow());
        await new GoalDependants(instances, activities, groups, templates).HideAsync(deletion, cancellationToken);
        return StatusMessageResponse.Success(found.ParentId is null ? "Root goal deleted" : "Goal deleted");
    }
}
