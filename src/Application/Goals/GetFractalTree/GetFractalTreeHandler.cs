using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using Mediator;

namespace FractalGoals.Application.Goals.GetFractalTree;

internal sealed class GetFractalTreeHandler(
    FractalScope fractal, IInstanceRows instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<GetFractalTreeQuery, Result<JsonBody>>
{
    public async ValueTask<Result<JsonBody>> Handle(GetFractalTreeQuery query, CancellationToken cancellationToken)
    {
        var live = await fractal.ReadLiveGoalsAsync(cancellationToken);

        var view = await GoalViews.WithGoalsAsync(fractal.RootId, live.Goals, instances, activities, cancellationToken);
        return new JsonBody(writer => view.Write(live.Root, writer));   // children follow parent_id, so parentless sessions are not reached
    }
}
