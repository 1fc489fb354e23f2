using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using FractalGoals.Application.Activities.Specifications;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.UpdateActivityGroup;

/// <summary>No root check (contract #29): the group must simply be one of this fractal's live groups.</summary>
internal sealed class UpdateActivityGroupHandler(IRepository<ActivityGroup> groups, IMapper mapper, TimeProvider clock)
    : ICommandHandler<UpdateActivityGroupCommand, Result<ActivityGroupResponse>>
{
    public async ValueTask<Result<ActivityGroupResponse>> Handle(UpdateActivityGroupCommand command, CancellationToken cancellationToken)
    {
        if (ActivityIds.Root(command.RootId) is not { } rootId || ActivityIds.Group(command.GroupId) is not { } groupId
            || await groups.FirstOrDefaultAsync(new ActivityGroupOfFractalSpec(rootId, groupId, forUpdate: true), cancellationToken) is not { } group)
            return Result<ActivityGroupResponse>.NotFound("Group not found");
        var now = clock.LocalNow();
        if (command.Name is not null) group.Rename(command.Name, now);
        if (command.Description.IsPresent) group.Describe(command.Description.Value, now);
        return mapper.Map<ActivityGroupResponse>(group);
    }
}
