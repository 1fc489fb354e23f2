using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.CreateActivityGroup;

internal sealed class CreateActivityGroupHandler(FractalScope fractal, IRepository<ActivityGroup> groups, IMapper mapper, TimeProvider clock)
    : ICommandHandler<CreateActivityGroupCommand, Result<ActivityGroupResponse>>
{
    public async ValueTask<Result<ActivityGroupResponse>> Handle(CreateActivityGroupCommand command, CancellationToken cancellationToken)
    {
        var existing = await groups.ListAsync(new ActivityGroupsOfFractalSpec(fractal.RootId), cancellationToken);
        var group = ActivityGroup.Create(fractal.Root, command.Name, command.Description, ActivityGroup.NextSortOrder(existing.Select(g => g.SortOrder)), clock.LocalNow());
        groups.Add(group);
        return Result<ActivityGroupResponse>.Created(mapper.Map<ActivityGroupResponse>(group));
    }
}
