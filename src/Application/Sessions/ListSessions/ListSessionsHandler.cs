using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Sessions.Specifications;
using Mediator;

namespace FractalGoals.Application.Sessions.ListSessions;

internal sealed class ListSessionsHandler(IReadRepository<Goal> goals, IReadRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListSessionsQuery, Result<JsonNode>>
{
    public async ValueTask<Result<JsonNode>> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        if (!SessionIds.TryGoal(query.RootId, out var rootId) || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<JsonNode>.NotFound(SessionMessages.FractalNotFound);

        var sessions = await goals.ListAsync(new SessionsOfFractalSpec(rootId), cancellationToken);
        var nodes = (await FractalViews.OfFractalsAsync([rootId], goals, instances, activities, cancellationToken))[rootId];
        return new JsonArray([.. sessions.Select(s => (JsonNode)nodes.WithChildren(s))]);
    }
}
