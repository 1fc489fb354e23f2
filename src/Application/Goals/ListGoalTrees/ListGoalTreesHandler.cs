using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using Mediator;

namespace FractalGoals.Application.Goals.ListGoalTrees;

internal sealed class ListGoalTreesHandler(
    IReadRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListGoalTreesQuery, Result<JsonBody>>
{
    public async ValueTask<Result<JsonBody>> Handle(ListGoalTreesQuery query, CancellationToken cancellationToken)
    {
        var roots = await goals.ListAsync(new FractalRootsSpec(), cancellationToken);
        // One renderer per fractal (instances and activity names are fractal-scoped), all read in one go.
        var views = await FractalViews.OfFractalsAsync([.. roots.Select(r => r.Id)], goals, instances, activities, cancellationToken);
        return JsonBody.Array(roots, (root, writer) => views[root.Id].Write(root, writer));   // one tree at a time as it is written
    }
}
