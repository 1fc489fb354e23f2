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
        // The fractal's live goals, read once, hold the root too (a root is its own root): no separate root check (ADR 0034).
        var fractal = await goals.ListAsync(new GoalsOfFractalsSpec(rootId), cancellationToken);
        if (new FractalRootSpec(rootId).Evaluate(fractal).FirstOrDefault() is not { } root) return Result<JsonBody>.NotFound(GoalMessages.FractalNotFound);

        var view = await GoalViews.WithGoalsAsync(rootId, fractal, instances, activities, cancellationToken);
        return new JsonBody(writer => view.Write(root, writer));   // children follow parent_id, so parentless sessions are not reached
    }
}
