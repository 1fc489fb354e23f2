using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Domain.Goals;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.ListActivityGroups;

internal sealed class ListActivityGroupsHandler(IReadRepository<ActivityGroup> groups, IMapper mapper)
    : IQueryHandler<ListActivityGroupsQuery, Result<IReadOnlyList<ActivityGroupResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<ActivityGroupResponse>>> Handle(ListActivityGroupsQuery query, CancellationToken cancellationToken)
    {
        if (ActivityIds.Root(query.RootId) is not { } rootId
            || await groups.ListInLiveFractalAsync(rootId, new ActivityGroupsOfFractalSpec(rootId), cancellationToken) is not { } list)
            return Result<IReadOnlyList<ActivityGroupResponse>>.NotFound("Fractal not found");
        return mapper.Map<List<ActivityGroupResponse>>(list);
    }
}
