using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Goals.DeleteGoal;

internal sealed class DeleteGoalHandler(
    FractalScope fractal, IRepository<Goal> goals, IRepository<ActivityInstance> instances, IRepository<ActivityDefinition> activities,
    IRepository<ActivityGroup> groups, IRepository<SessionTemplate> templates, TimeProvider clock)
    : ICommandHandler<DeleteGoalCommand, Result<StatusMessageResponse>>
{
    public async ValueTask<Result<StatusMessageResponse>> Handle(DeleteGoalCommand command, CancellationToken cancellationToken)
    {
        var tree = await FractalTrees.LoadAsync(goals, fractal.Root, cancellationToken);
        var goal = GoalId.TryParse(command.GoalId, out var goalId) ? tree.Goals.FirstOrDefault(g => g.Id == goalId) : null;
        if (goal is null || goal.IsDeleted) return Result<StatusMessageResponse>.NotFound(GoalMessages.GoalNotFound);

        // Deleting the root here deletes the whole fractal, with the same dependants as contract #4.
        var deletion = tree.Delete(goal.Id, clock.LocalNow());
        await new GoalDependants(instances, activities, groups, templates).HideAsync(deletion, cancellationToken);
        return StatusMessageResponse.Success("Goal deleted");
    }
}
