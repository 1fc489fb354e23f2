using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.CreateActivityGroup;

internal sealed class CreateActivityGroupHandler(IReadRepository<Goal> goals, IRepository<ActivityGroup> groups, IMapper mapper, TimeProvider clock)
    : ICommandHandler<CreateActivityGroupCommand, Result<ActivityGroupResponse>>
{
    public async ValueTask<Result<ActivityGroupResponse>> Handle(CreateActivityGroupCommand command, CancellationToken cancellationToken)
    {
        if (ActivityIds.Root(command.RootId) is not { } rootId
            || await goals.FirstOrDefaultAsync(new FractalRootSpec(rootId), cancellationToken) is not { } root)
            return Result<ActivityGroupResponse>.NotFound("Fractal not found");
        var existing = await groups.ListAsync(new ActivityGroupsOfFractalSpec(rootId), cancellationToken);
        var group = ActivityGroup.Create(root, command.Name, command.Description, ActivityGroup.NextSortOrder(existing.Select(g => g.SortOrder)), clock.LocalNow());
        groups.Add(group);
        return Result<ActivityGroupResponse>.Created(mapper.Map<ActivityGroupResponse>(group));
    }
}
