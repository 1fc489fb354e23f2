using System.Text.Json.Nodes;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.CreateGoal;

internal sealed class CreateGoalHandler(FractalScope fractal, IRepository<Goal> goals, TimeProvider clock) : ICommandHandler<CreateGoalCommand, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(CreateGoalCommand command, CancellationToken cancellationToken)
    {
        // A parent of another fractal answers exactly like a missing one.
        var parent = GoalId.TryParse(command.ParentId, out var parentId)
            ? await goals.FirstOrDefaultAsync(new GoalOfFractalSpec(fractal.RootId, parentId), cancellationToken)
            : null;
        if (parent is null) return Result<JsonObject>.NotFound(GoalMessages.ParentNotFound(command.ParentId));

        GoalMessages.IsCreatableType(command.Type, out var type);
        var goal = parent.AddChild(command.Name, command.Description, type, DeadlineText.Parse(command.Deadline), clock.LocalNow());
        goals.Add(goal);
        return Result<JsonObject>.Created(GoalViews.Standalone().WithoutChildren(goal));
    }
}
