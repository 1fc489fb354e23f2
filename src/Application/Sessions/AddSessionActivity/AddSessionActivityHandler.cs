using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.AddSessionActivity;

/// <summary>
/// A taken id answers 409 before anything else is looked at and leaves the existing row alone: the client
/// re-posts every legacy exercise on page load and expects exactly that. The activity must be a live definition of
/// this fractal (Q-36 fixed), else 400.
/// </summary>
internal sealed class AddSessionActivityHandler(
    FractalScope fractal, IReadRepository<Goal> goals, IRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<AddSessionActivityCommand, Result<ActivityInstanceNode>>
{
    public async ValueTask<Result<ActivityInstanceNode>> Handle(AddSessionActivityCommand command, CancellationToken cancellationToken)
    {
        if (!GoalId.TryParse(command.SessionId, out var sessionId)
            || await goals.FirstOrDefaultAsync(new SessionOfFractalSpec(fractal.RootId, sessionId), cancellationToken) is not { } session)
            return Result<ActivityInstanceNode>.NotFound(SessionMessages.SessionNotFound);

        var id = string.IsNullOrEmpty(command.InstanceId) ? ActivityInstanceId.New() : new ActivityInstanceId(command.InstanceId);
        if (await instances.AnyAsync(new InstanceIdTakenSpec(id), cancellationToken))
            return Result<ActivityInstanceNode>.Conflict(SessionMessages.InstanceExists);
        if (!ActivityDefinitionId.TryParse(command.ActivityDefinitionId, out var activityId)
            || await activities.FirstOrDefaultAsync(new ActivityOfFractalSpec(fractal.RootId, activityId), cancellationToken) is not { } activity)
            return Result<ActivityInstanceNode>.Invalid(SessionMessages.ActivityNotFound);

        var instance = await InstanceCreation.AddAsync(id, session, activity, instances, clock.LocalNow(), cancellationToken);
        return Result<ActivityInstanceNode>.Created(InstanceJson.Node(instance, new ActivityLookup([activity])));
    }
}
