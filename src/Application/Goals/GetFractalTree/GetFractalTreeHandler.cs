using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.GetFractalTree;

internal sealed class GetFractalTreeHandler(
    IReadRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<GetFractalTreeQuery, Result<JsonBody>>
{
    public async ValueTask<Result<JsonBody>> Handle(GetFractalTreeQuery query, CancellationToken cancellationToken)
    {
        if (!RouteIds.TryGoalId(query.RootId, out var rootId)) return Result<JsonBody>.NotFound(GoalMessages.FractalNotFound);
        if (await LiveFractal.ReadAsync(rootId, goals, cancellationToken) is not { } fractal) return Result<JsonBody>.NotFound(GoalMessages.FractalNotFound);

        var view = await GoalViews.WithGoalsAsync(rootId, fractal.Goals, instances, activities, cancellationToken);
        return new JsonBody(writer => view.Write(fractal.Root, writer));   // children follow parent_id, so parentless sessions are not reached
    }
}
