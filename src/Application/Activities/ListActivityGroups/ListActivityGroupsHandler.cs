using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.ListActivityGroups;

internal sealed class ListActivityGroupsHandler(FractalScope fractal, IReadRepository<ActivityGroup> groups, IMapper mapper)
    : IQueryHandler<ListActivityGroupsQuery, Result<IReadOnlyList<ActivityGroupResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<ActivityGroupResponse>>> Handle(ListActivityGroupsQuery query, CancellationToken cancellationToken)
    {
        var list = await fractal.ListAsync(groups, new ActivityGroupsOfFractalSpec(fractal.RootId), cancellationToken);
        return mapper.Map<List<ActivityGroupResponse>>(list);
    }
}
