using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using Mediator;

namespace FractalGoals.Application.Goals.GetFractalTree;

internal sealed class GetFractalTreeHandler(
    IReadRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<GetFractalTreeQuery, Result<JsonBody>>
{
    public async ValueTask<Result<JsonBody>> Handle(GetFractalTreeQuery query, CancellationToken cancellationToken)
    {
        if (!RouteIds.TryGoalId(query.RootId, out var rootId)) return Result<JsonBody>.NotFound(GoalMessages.FractalNotFound);
        var root = await goals.FirstOrDefaultAsync(new FractalRootSpec(rootId), cancellationToken);
        if (root is null) return Result<JsonBody>.NotFound(GoalMessages.FractalNotFound);

        var view = await GoalViews.OfFractalAsync(rootId, goals, instances, activities, cancellationToken);
        return new JsonBody(writer => view.Write(root, writer));   // children follow parent_id, so parentless sessions are not reached
    }
}
