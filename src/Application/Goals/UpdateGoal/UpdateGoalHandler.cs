using System.Text.Json.Nodes;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.UpdateGoal;

internal sealed class UpdateGoalHandler(
    FractalScope fractal, IRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<UpdateGoalCommand, Result<JsonObject>>
{
    public async ValueTask<Result<JsonObject>> Handle(UpdateGoalCommand command, CancellationToken cancellationToken)
    {
        var goal = GoalId.TryParse(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalOfFractalSpec(fractal.RootId, goalId, forUpdate: true), cancellationToken)
            : null;
        if (goal is null) return Result<JsonObject>.NotFound(GoalMessages.GoalNotFound);

        command.Changes.ApplyTo(goal, clock.LocalNow(), nullDescriptionIgnored: false);

        // A session's node lists its links and session_data, which need the fractal's goals and instances.
        var view = goal.IsSession
            ? await GoalViews.OfFractalAsync(fractal.RootId, goals, instances, activities, cancellationToken)
            : GoalViews.Standalone();
        return view.WithoutChildren(goal);
    }
}
