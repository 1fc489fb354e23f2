using System.Runtime.CompilerServices;
using System.Text.Json;
using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using Mediator;

namespace FractalGoals.Application.Goals.ListGoalTrees;

internal sealed class ListGoalTreesHandler(
    IReadRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListGoalTreesQuery, Result<JsonBody>>
{
    public async ValueTask<Result<JsonBody>> Handle(ListGoalTreesQuery query, CancellationToken cancellationToken)
    {
        var roots = await goals.ListAsync(new FractalRootsSpec(), cancellationToken);
        return new JsonBody((writer, token) => TreesAsync(roots, writer, token));
    }

    // One fractal at a time (ADR 0032): its rows are read with root-indexed queries, its tree written, and both
    // dropped before the next, so memory follows the largest fractal rather than the whole database.
    private async IAsyncEnumerable<bool> TreesAsync(List<Goal> roots, Utf8JsonWriter writer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        writer.WriteStartArray();
        foreach (var root in roots)
        {
            var view = await GoalViews.OfFractalAsync(root.Id, goals, instances, activities, cancellationToken);
            foreach (var step in view.Write(root, writer)) yield return step;
        }
        writer.WriteEndArray();
        yield return true;
    }
}
