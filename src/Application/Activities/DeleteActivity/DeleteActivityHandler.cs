using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Activities.DeleteActivity;

internal sealed class DeleteActivityHandler(
    FractalScope fractal, IRepository<ActivityDefinition> activities, IReadRepository<ActivityInstance> instances, TimeProvider clock)
    : ICommandHandler<DeleteActivityCommand, Result<ActivitiesMessageResponse>>
{
    public async ValueTask<Result<ActivitiesMessageResponse>> Handle(DeleteActivityCommand command, CancellationToken cancellationToken)
    {
        if (!ActivityDefinitionId.TryParse(command.ActivityId, out var activityId)
            || await activities.FirstOrDefaultAsync(new ActivityOfFractalSpec(fractal.RootId, activityId, forUpdate: true), cancellationToken) is not { } activity)
            return Result<ActivitiesMessageResponse>.NotFound("Activity not found");
        var hasInstances = await instances.AnyAsync(new InstancesOfActivitySpec(fractal.RootId, activityId), cancellationToken);
        if (activity.Delete(hasInstances, clock.LocalNow()) == ActivityDeleteOutcome.Removable) activities.Remove(activity);
        return new ActivitiesMessageResponse("Activity deleted");
    }
}
