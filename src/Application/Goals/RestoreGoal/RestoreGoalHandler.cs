using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using Mediator;

namespace FractalGoals.Application.Goals.RestoreGoal;

internal sealed class RestoreGoalHandler(
    IRepository<Goal> goals, IRepository<ActivityInstance> instances, IRepository<ActivityDefinition> activities,
    IRepository<ActivityGroup> groups, IRepository<SessionTemplate> templates)
    : ICommandHandler<RestoreGoalCommand, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(RestoreGoalCommand command, CancellationToken cancellationToken)
    {
        // The ordinary root check would refuse a deleted root, which is exactly what restoring a fractal addresses:
        // the tree is loaded with deleted rows, and a deleted root is accepted only when it is the goal restored.
        var tree = RouteIds.TryGoalId(command.RootId, out var rootId) ? await FractalTrees.LoadAsync(goals, rootId, cancellationToken) : null;
        var goalIdValid = RouteIds.TryGoalId(command.GoalId, out var goalId);
        if (tree is null || (tree.Root.IsDeleted && goalId != rootId)) return Result<JsonObject>.NotFound(GoalMessages.FractalNotFound);
        var goal = goalIdValid ? tree.Goals.FirstOrDefault(g => g.Id == goalId) : null;
        if (goal is null) return Result<JsonObject>.NotFound(GoalMessages.GoalNotFound);
        if (!goal.IsDeleted) return Result<JsonObject>.Conflict(GoalMessages.GoalNotDeleted);
        if (OwnerIsDeleted(tree, goal)) return Result<JsonObject>.Conflict(GoalMessages.RestoreParentFirst);

        var restoration = tree.Restore(goal.Id);
        var revealed = await new GoalDependants(instances, activities, groups, templates).RevealAsync(restoration, cancellationToken);

        // The store still holds the rows as deleted until the commit, so render from the restored objects in memory.
        var lookup = revealed.Count == 0
            ? ActivityLookup.Empty
            : new ActivityLookup(await activities.ListAsync(new ActivitiesOfFractalIncludingRetiredSpec(rootId), cancellationToken));
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
