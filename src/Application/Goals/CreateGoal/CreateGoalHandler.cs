using System.Text.Json.Nodes;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using Mediator;

namespace FractalGoals.Application.Goals.CreateGoal;

internal sealed class CreateGoalHandler(IRepository<Goal> goals, TimeProvider clock) : ICommandHandler<CreateGoalCommand, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(CreateGoalCommand command, CancellationToken cancellationToken)
    {
        if (!RouteIds.TryGoalId(command.RootId, out var rootId)
            || await goals.FirstOrDefaultAsync(new FractalRootSpec(rootId), cancellationToken) is null)
            return Result<JsonObject>.NotFound(GoalMessages.FractalNotFound);

        // A parent of another fractal answers exactly like a missing one.
        var parent = RouteIds.TryGoalId(command.ParentId, out var parentId)
            ? await goals.FirstOrDefaultAsync(new GoalOfFractalSpec(rootId, parentId), cancellationToken)
            : null;
        if (parent is null) return Result<JsonObject>.NotFound(GoalMessages.ParentNotFound(command.ParentId));

        GoalMessages.IsCreatableType(command.Type, out var type);
        var goal = parent.AddChild(command.Name, command.Description, type, DeadlineText.Parse(command.Deadline), clock.LocalNow());
        goals.Add(goal);
        return Result<JsonObject>.Created(GoalViews.Standalone().WithoutChildren(goal));
    }
}
