using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Goals.ListGoalTrees;

internal sealed class ListGoalTreesHandler(
    IReadRepository<Goal> goals, IReadRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListGoalTreesQuery, Result<JsonArray>>
{
    public async ValueTask<Result<JsonArray>> Handle(ListGoalTreesQuery query, CancellationToken cancellationToken)
    {
        var roots = await goals.ListAsync(new FractalRootsSpec(), cancellationToken);
        var members = (await goals.ListAsync(new GoalsOfFractalsSpec([.. roots.Select(r => r.Id)]), cancellationToken)).ToLookup(g => g.RootId);
        var trees = new JsonArray();
        foreach (var root in roots)   // one renderer per fractal: instances and activity names are fractal-scoped
        {
            var view = await GoalViews.WithGoalsAsync(root.Id, [.. members[root.Id]], instances, activities, cancellationToken);
            trees.Add(view.WithChildren(root));
        }
        return trees;
    }
}
