using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.ListActivities;

internal sealed class ListActivitiesHandler(FractalScope fractal, IReadRepository<ActivityDefinition> activities, IMapper mapper)
    : IQueryHandler<ListActivitiesQuery, Result<IReadOnlyList<ActivityResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<ActivityResponse>>> Handle(ListActivitiesQuery query, CancellationToken cancellationToken)
    {
        var list = await fractal.ListAsync(activities, new ActivitiesOfFractalSpec(fractal.RootId), cancellationToken);
        return mapper.Map<List<ActivityResponse>>(list);
    }
}
