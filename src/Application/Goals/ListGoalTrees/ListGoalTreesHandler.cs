using System.Runtime.CompilerServices;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Mediator;

namespace FractalGoals.Application.Goals.ListGoalTrees;

internal sealed class ListGoalTreesHandler(
    IReadRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListGoalTreesQuery, Result<WrittenList<GoalNode>>>
{
    public async ValueTask<Result<WrittenList<GoalNode>>> Handle(ListGoalTreesQuery query, CancellationToken cancellationToken)
    {
        var roots = await goals.ListAsync(new FractalRootsSpec(), cancellationToken);
        return new WrittenList<GoalNode>(TreesAsync(roots, cancellationToken));
    }

    // One fractal at a time (ADR 0032): its rows are read with root-indexed queries, its tree written, and both
    // dropped before the next, so memory follows the largest fractal rather than the whole database.
    private async IAsyncEnumerable<GoalNode> TreesAsync(List<Goal> roots, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var root in roots)
        {
            yield return (await GoalViews.OfFractalAsync(root.Id, goals, instances, activities, cancellationToken)).Node(root);
        }
    }
}
