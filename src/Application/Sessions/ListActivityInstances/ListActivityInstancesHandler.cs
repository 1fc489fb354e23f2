using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Application.Sessions.Specifications;
using Mediator;

namespace FractalGoals.Application.Sessions.ListActivityInstances;

/// <summary>Selected through the fractal's live sessions (the contract selects by the session's root), so a deleted session's instances stay hidden.</summary>
internal sealed class ListActivityInstancesHandler(IReadRepository<Goal> goals, IReadRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListActivityInstancesQuery, Result<JsonNode>>
{
    public async ValueTask<Result<JsonNode>> Handle(ListActivityInstancesQuery query, CancellationToken cancellationToken)
    {
        if (!SessionIds.TryGoal(query.RootId, out var rootId) || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<JsonNode>.NotFound(SessionMessages.FractalNotFound);

        var sessionIds = (await goals.ListAsync(new SessionsOfFractalSpec(rootId), cancellationToken)).Select(s => s.Id).ToList();
        var list = sessionIds.Count == 0 ? [] : await instances.ListAsync(new InstancesOfSessionsSpec(rootId, sessionIds), cancellationToken);
        var lookup = await SessionViews.LookupAsync(rootId, activities, cancellationToken);
        return new JsonArray([.. list.Select(i => (JsonNode)InstanceJson.Render(i, lookup))]);
    }
}
