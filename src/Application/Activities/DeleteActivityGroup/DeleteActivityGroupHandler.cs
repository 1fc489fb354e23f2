using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using FractalGoals.Application.Activities.Specifications;
using Mediator;

namespace FractalGoals.Application.Activities.DeleteActivityGroup;

internal sealed class DeleteActivityGroupHandler(IRepository<ActivityGroup> groups, IRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<DeleteActivityGroupCommand, Result<ActivitiesMessageResponse>>
{
    public async ValueTask<Result<ActivitiesMessageResponse>> Handle(DeleteActivityGroupCommand command, CancellationToken cancellationToken)
    {
        if (ActivityIds.Root(command.RootId) is not { } rootId || ActivityIds.Group(command.GroupId) is not { } groupId
            || await groups.FirstOrDefaultAsync(new ActivityGroupOfFractalSpec(rootId, groupId, forUpdate: true), cancellationToken) is not { } group)
            return Result<ActivitiesMessageResponse>.NotFound("Group not found");
        var members = await activities.ListAsync(new ActivitiesInGroupSpec(rootId, groupId), cancellationToken);
        group.Delete(members, clock.LocalNow());
        return new ActivitiesMessageResponse("Group deleted");
    }
}
