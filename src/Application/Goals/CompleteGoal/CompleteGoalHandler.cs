using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.CompleteGoal;

/// <summary>One use case on two routes: they differ only in how the goal is found.</summary>
internal sealed class CompleteGoalHandler(
    FractalScope fractal, IRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<CompleteGoalCommand, Result<CompletedGoalResponse>>, ICommandHandler<CompleteGoalLegacyCommand, Result<CompletedGoalResponse>>
{
    public async ValueTask<Result<CompletedGoalResponse>> Handle(CompleteGoalCommand command, CancellationToken cancellationToken) =>
        await CompleteAsync(GoalId.TryParse(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalOfFractalSpec(fractal.RootId, goalId, forUpdate: true), cancellationToken)
            : null, command.Completed, cancellationToken);

    public async ValueTask<Result<CompletedGoalResponse>> Handle(CompleteGoalLegacyCommand command, CancellationToken cancellationToken) =>
        await CompleteAsync(GoalId.TryParse(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalByIdSpec(goalId, forUpdate: true), cancellationToken)
            : null, command.Completed, cancellationToken);

    private async Task<Result<CompletedGoalResponse>> CompleteAsync(Goal? goal, bool? completed, CancellationToken cancellationToken)
    {
        if (goal is null) return Result<CompletedGoalResponse>.NotFound(GoalMessages.GoalOrSessionNotFound);

        if (completed is { } value) goal.SetCompleted(value, clock.LocalNow());
        else goal.ToggleCompleted(clock.LocalNow());
        var view = await GoalViews.OfFractalAsync(goal.RootId, goals, instances, activities, cancellationToken);
        return new CompletedGoalResponse("success", view.Node(goal));
    }
}
