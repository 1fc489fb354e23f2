using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Domain.Goals;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.ListActivities;

internal sealed class ListActivitiesHandler(IReadRepository<ActivityDefinition> activities, IMapper mapper)
    : IQueryHandler<ListActivitiesQuery, Result<IReadOnlyList<ActivityResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<ActivityResponse>>> Handle(ListActivitiesQuery query, CancellationToken cancellationToken)
    {
        if (ActivityIds.Root(query.RootId) is not { } rootId
            || await activities.ListInLiveFractalAsync(rootId, new ActivitiesOfFractalSpec(rootId), cancellationToken) is not { } list)
            return Result<IReadOnlyList<ActivityResponse>>.NotFound("Fractal not found");
        return mapper.Map<List<ActivityResponse>>(list);
    }
}
