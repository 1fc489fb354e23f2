using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.UpdateActivityGroup;

internal sealed class UpdateActivityGroupHandler(FractalScope fractal, IRepository<ActivityGroup> groups, IMapper mapper, TimeProvider clock)
    : ICommandHandler<UpdateActivityGroupCommand, Result<ActivityGroupResponse>>
{
    public async ValueTask<Result<ActivityGroupResponse>> Handle(UpdateActivityGroupCommand command, CancellationToken cancellationToken)
    {
        if (!ActivityGroupId.TryParse(command.GroupId, out var groupId)
            || await groups.FirstOrDefaultAsync(new ActivityGroupOfFractalSpec(fractal.RootId, groupId, forUpdate: true), cancellationToken) is not { } group)
            return Result<ActivityGroupResponse>.NotFound("Group not found");
        var now = clock.LocalNow();
        if (command.Name is not null) group.Rename(command.Name, now);
        if (command.Description.IsPresent) group.Describe(command.Description.Value, now);
        return mapper.Map<ActivityGroupResponse>(group);
    }
}
