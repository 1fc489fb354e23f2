using System.Text.Json.Nodes;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.CreateGoalLegacy;

internal sealed class CreateGoalLegacyHandler(IRepository<Goal> goals, TimeProvider clock) : ICommandHandler<CreateGoalLegacyCommand, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(CreateGoalLegacyCommand command, CancellationToken cancellationToken)
    {
        Goal? parent = null;
        if (!string.IsNullOrEmpty(command.ParentId))
        {
            parent = GoalId.TryParse(command.ParentId, out var parentId)
                ? await goals.FirstOrDefaultAsync(new GoalByIdSpec(parentId), cancellationToken)
                : null;
            if (parent is null) return Result<JsonObject>.NotFound(GoalMessages.ParentNotFound(command.ParentId));
        }
        if (!GoalMessages.IsCreatableType(command.Type, out var type)) return Result<JsonObject>.Invalid(GoalMessages.InvalidType(command.Type));
        if (!DeadlineText.IsValid(command.Deadline)) return Result<JsonObject>.Invalid(GoalMessages.InvalidDeadline);

        var now = clock.LocalNow();
        var deadline = DeadlineText.Parse(command.Deadline);
        Goal goal;
        if (parent is not null)
        {
            goal = parent.AddChild(command.Name, command.Description, type, deadline, now);
        }
        else
        {
            goal = Goal.CreateFractal(command.Name, command.Description, type, now);   // a parentless goal is a new fractal
            goal.SetDeadline(deadline, now);
        }
        if (command.Completed) goal.SetCompleted(true, now);
        goals.Add(goal);
        return Result<JsonObject>.Created(GoalViews.Standalone().WithChildren(goal));
    }
}
