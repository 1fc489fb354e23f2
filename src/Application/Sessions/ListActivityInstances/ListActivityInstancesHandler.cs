using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.ListActivityInstances;

/// <summary>Selected through the fractal's live sessions (the contract selects by the session's root), so a deleted session's instances stay hidden.</summary>
internal sealed class ListActivityInstancesHandler(FractalScope fractal, IReadRepository<Goal> goals, IReadRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListActivityInstancesQuery, Result<JsonNode>>
{
    public async ValueTask<Result<JsonNode>> Handle(ListActivityInstancesQuery query, CancellationToken cancellationToken)
    {

        var sessionIds = (await goals.ListAsync(new SessionsOfFractalSpec(fractal.RootId), cancellationToken)).Select(s => s.Id).ToList();
        var list = sessionIds.Count == 0 ? [] : await instances.ListAsync(new InstancesOfSessionsSpec(fractal.RootId, sessionIds), cancellationToken);
        var lookup = await SessionViews.LookupAsync(fractal.RootId, activities, cancellationToken);
        return new JsonArray([.. list.Select(i => (JsonNode)InstanceJson.Render(i, lookup))]);
    }
}
