using System.Text.Json.Nodes;
using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Goals.RestoreGoal;

internal sealed class RestoreGoalHandler(
    FractalScope fractal, IRepository<Goal> goals, IRepository<ActivityInstance> instances, IRepository<ActivityDefinition> activities,
    IRepository<ActivityGroup> groups, IRepository<SessionTemplate> templates)
    : ICommandHandler<RestoreGoalCommand, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(RestoreGoalCommand command, CancellationToken cancellationToken)
    {
        // The root may be deleted here: the gate admits one only when it is the goal restored (IRestoringFractalRequest).
        var tree = await FractalTrees.LoadAsync(goals, fractal.Root, cancellationToken);
        var goal = GoalId.TryParse(command.GoalId, out var goalId) ? tree.Goals.FirstOrDefault(g => g.Id == goalId) : null;
        if (goal is null) return Result<JsonObject>.NotFound(GoalMessages.GoalNotFound);
        if (!goal.IsDeleted) return Result<JsonObject>.Conflict(GoalMessages.GoalNotDeleted);
        if (OwnerIsDeleted(tree, goal)) return Result<JsonObject>.Conflict(GoalMessages.RestoreParentFirst);

        var restoration = tree.Restore(goal.Id);
        var revealed = await new GoalDependants(instances, activities, groups, templates).RevealAsync(restoration, cancellationToken);

        // The store still holds the rows as deleted until the commit, so render from the restored objects in memory.
        var lookup = revealed.Count == 0
            ? ActivityLookup.Empty
            : new ActivityLookup(await activities.ListAsync(new ActivitiesOfFractalIncludingRetiredSpec(fractal.RootId), cancellationToken));
        return new GoalNodeJson(tree.Goals.Where(g => !g.IsDeleted), revealed.Select(InstanceView.Of), lookup).WithChildren(goal);
    }

    // Mirrors GoalTree.Restore's precondition so the client gets a 409 rather than a rule violation.
    private static bool OwnerIsDeleted(GoalTree tree, Goal goal)
    {
        if (goal == tree.Root) return false;
        var owner = goal.ParentId is { } parentId ? tree.Goals.FirstOrDefault(g => g.Id == parentId) : tree.Root;
        return owner is { IsDeleted: true };
    }
}
