using FractalGoals.Application.Common.Paging;
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

/// <summary>Six queries whatever the fractal's size (root check, sessions, goals, instances, their values, activity names); six for a page too (its count, values joined).</summary>
internal sealed class ListSessionsHandler(IReadRepository<Goal> goals, IReadRepository<ActivityInstance> instances, IInstanceRows instanceRows, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListSessionsQuery, Result<JsonBody>>
{
    public async ValueTask<Result<JsonBody>> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        if (!SessionIds.TryGoal(query.RootId, out var rootId) || !await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<JsonBody>.NotFound(SessionMessages.FractalNotFound);

        if (!query.Page.IsRequested)
        {
            var sessions = await goals.ListAsync(new SessionsOfFractalSpec(rootId), cancellationToken);
            var nodes = (await FractalViews.OfFractalsAsync([rootId], goals, instanceRows, activities, cancellationToken))[rootId];
            return JsonBody.Array(sessions, (s, writer) => nodes.Write(s, writer));
        }

        // A page: the whole fractal's goals still decide children and links, but only the page's instances are read.
        var page = await goals.ListAsync(new SessionsOfFractalSpec(rootId, query.Page.Skip, query.Page.Take), cancellationToken);
        var total = await goals.CountAsync(new SessionsOfFractalSpec(rootId), cancellationToken);
        var members = await goals.ListAsync(new GoalsOfFractalsSpec(rootId), cancellationToken);
        var renderer = await SessionViews.RendererAsync(rootId, members, [.. page.Select(s => s.Id)], instances, activities, cancellationToken);
        return JsonBody.Array(page, (s, writer) => renderer.Write(s, writer), total);
    }
}
