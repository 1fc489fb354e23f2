using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.AddGoalTarget;

/// <summary>
/// One use case on two routes, which differ only in how the goal is found. Order: the goal (404), the target's shape
/// (400, the domain's <see cref="GoalTarget.Parse"/>), its activity — a live one of the goal's fractal — and metrics
/// (400), a taken id (409); then the goal appends it, bumping <c>updated_at</c>.
/// </summary>
internal sealed class AddGoalTargetHandler(FractalScope fractal, IRepository<Goal> goals, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<AddGoalTargetCommand, Result<GoalTargetResponse>>, ICommandHandler<AddGoalTargetLegacyCommand, Result<GoalTargetResponse>>
{
    public async ValueTask<Result<GoalTargetResponse>> Handle(AddGoalTargetCommand command, CancellationToken cancellationToken) =>
        await AddAsync(GoalId.TryParse(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalOfFractalSpec(fractal.RootId, goalId, forUpdate: true), cancellationToken)
            : null, command.Target, cancellationToken);

    public async ValueTask<Result<GoalTargetResponse>> Handle(AddGoalTargetLegacyCommand command, CancellationToken cancellationToken) =>
        await AddAsync(GoalId.TryParse(command.GoalId, out var goalId)
            ? await goals.FirstOrDefaultAsync(new GoalByIdSpec(goalId, forUpdate: true), cancellationToken)
            : null, command.Target, cancellationToken);

    private async Task<Result<GoalTargetResponse>> AddAsync(Goal? goal, string target, CancellationToken cancellationToken)
    {
        if (goal is null) return Result<GoalTargetResponse>.NotFound(GoalMessages.GoalNotFound);

        var parsed = GoalTarget.Parse(target);
        if (!ActivityDefinitionId.TryParse(parsed.ActivityId, out var activityId)
            || await activities.FirstOrDefaultAsync(new ActivityOfFractalSpec(goal.RootId, activityId), cancellationToken) is not { } activity)
            return Result<GoalTargetResponse>.Invalid(GoalMessages.TargetActivityNotFound);
        activity.EnsureMeasures(goal, parsed);
        if (goal.HasTarget(parsed.Id)) return Result<GoalTargetResponse>.Conflict(GoalMessages.TargetExists);

        goal.AddTarget(parsed, clock.LocalNow());
        return Result<GoalTargetResponse>.Created(new GoalTargetResponse(parsed.Raw));
    }
}
