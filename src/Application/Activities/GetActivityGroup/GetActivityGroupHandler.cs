using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.GetActivityGroup;

/// <summary>Mapped by the list's map; a deleted or another fractal's group is "Group not found", as #29 and #30 word it.</summary>
internal sealed class GetActivityGroupHandler(FractalScope fractal, IReadRepository<ActivityGroup> groups, IMapper mapper)
    : IQueryHandler<GetActivityGroupQuery, Result<ActivityGroupResponse>>
{
    public async ValueTask<Result<ActivityGroupResponse>> Handle(GetActivityGroupQuery query, CancellationToken cancellationToken)
    {
        if (!ActivityGroupId.TryParse(query.GroupId, out var groupId)
            || await groups.FirstOrDefaultAsync(new ActivityGroupOfFractalSpec(fractal.RootId, groupId), cancellationToken) is not { } group)
            return Result<ActivityGroupResponse>.NotFound("Group not found");
        return Result<ActivityGroupResponse>.Ok(mapper.Map<ActivityGroupResponse>(group)).At(group.UpdatedAt);
    }
}
