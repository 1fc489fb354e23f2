using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using Mediator;

namespace FractalGoals.Application.Activities.DeleteActivityGroup;

internal sealed class DeleteActivityGroupHandler(
    FractalScope fractal, IRepository<ActivityGroup> groups, IRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<DeleteActivityGroupCommand, Result<ActivitiesMessageResponse>>
{
    public async ValueTask<Result<ActivitiesMessageResponse>> Handle(DeleteActivityGroupCommand command, CancellationToken cancellationToken)
    {
        if (!ActivityGroupId.TryParse(command.GroupId, out var groupId)
            || await groups.FirstOrDefaultAsync(new ActivityGroupOfFractalSpec(fractal.RootId, groupId, forUpdate: true), cancellationToken) is not { } group)
            return Result<ActivitiesMessageResponse>.NotFound("Group not found");
        var members = await activities.ListAsync(new ActivitiesInGroupSpec(fractal.RootId, groupId), cancellationToken);
        group.Delete(members, clock.LocalNow());
        return new ActivitiesMessageResponse("Group deleted");
    }
}
