using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Application.Sessions.Specifications;
using Mediator;

namespace FractalGoals.Application.Activities.DeleteActivity;

/// <summary>No root check (contract #34): the activity must simply be a live activity of this fractal.</summary>
internal sealed class DeleteActivityHandler(IRepository<ActivityDefinition> activities, IReadRepository<ActivityInstance> instances, TimeProvider clock)
    : ICommandHandler<DeleteActivityCommand, Result<ActivitiesMessageResponse>>
{
    public async ValueTask<Result<ActivitiesMessageResponse>> Handle(DeleteActivityCommand command, CancellationToken cancellationToken)
    {
        if (ActivityIds.Root(command.RootId) is not { } rootId || ActivityIds.Activity(command.ActivityId) is not { } activityId
            || await activities.FirstOrDefaultAsync(new ActivityOfFractalSpec(rootId, activityId, forUpdate: true), cancellationToken) is not { } activity)
            return Result<ActivitiesMessageResponse>.NotFound("Activity not found");
        var hasInstances = await instances.AnyAsync(new InstancesOfActivitySpec(rootId, activityId), cancellationToken);
        if (activity.Delete(hasInstances, clock.LocalNow()) == ActivityDeleteOutcome.Removable) activities.Remove(activity);
        return new ActivitiesMessageResponse("Activity deleted");
    }
}
