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

namespace FractalGoals.Application.Sessions.ListSessionActivities;

internal sealed class ListSessionActivitiesHandler(IReadRepository<Goal> goals, IReadRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListSessionActivitiesQuery, Result<JsonNode>>
{
    public async ValueTask<Result<JsonNode>> Handle(ListSessionActivitiesQuery query, CancellationToken cancellationToken)
    {
        if (!SessionIds.TryGoal(query.RootId, out var rootId) || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<JsonNode>.NotFound(SessionMessages.FractalNotFound);
        if (!SessionIds.TryGoal(query.SessionId, out var sessionId) || !await goals.AnyAsync(new SessionOfFractalSpec(rootId, sessionId), cancellationToken))
            return Result<JsonNode>.NotFound(SessionMessages.SessionNotFound);

        var list = await instances.ListAsync(new InstancesOfSessionsSpec(rootId, [sessionId]), cancellationToken);
        var lookup = await SessionViews.LookupAsync(rootId, activities, cancellationToken);
        return new JsonArray([.. list.Select(i => (JsonNode)InstanceJson.Render(i, lookup))]);
    }
}
