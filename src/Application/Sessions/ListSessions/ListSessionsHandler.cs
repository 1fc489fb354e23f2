using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Application.Sessions.Specifications;
using Mediator;

namespace FractalGoals.Application.Sessions.ListSessions;

/// <summary>Four queries whatever the fractal's size (goals, instances, their values, activity names); six for a page (root check, page, count, goals, instances with values, names).</summary>
internal sealed class ListSessionsHandler(IReadRepository<Goal> goals, IReadRepository<ActivityInstance> instances, IInstanceRows instanceRows, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListSessionsQuery, Result<JsonBody>>
{
    public async ValueTask<Result<JsonBody>> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        if (!SessionIds.TryGoal(query.RootId, out var rootId)) return Result<JsonBody>.NotFound(SessionMessages.FractalNotFound);

        if (!query.Page.IsRequested)
        {
            // The whole list: the fractal's live goals are read once and answer the root check, the sessions (in
            // the specification's order) and the links alike (ADR 0034).
            if (await LiveFractal.ReadAsync(rootId, goals, cancellationToken) is not { } fractal)
                return Result<JsonBody>.NotFound(SessionMessages.FractalNotFound);
            var sessions = new SessionsOfFractalSpec(rootId).Evaluate(fractal.Goals).ToList();
            var nodes = (await FractalViews.WithGoalsAsync([rootId], fractal.Goals, instanceRows, activities, cancellationToken))[rootId];
            return JsonBody.Array(sessions, (s, writer) => nodes.Write(s, writer));
        }

        if (!await goals.AnyAsync(new FractalRootSpec(rootId), cancellationToken))
            return Result<JsonBody>.NotFound(SessionMessages.FractalNotFound);

        // A page: the whole fractal's goals still decide children and links, but only the page's instances are read.
        var page = await goals.ListAsync(new SessionsOfFractalSpec(rootId, query.Page.Skip, query.Page.Take), cancellationToken);
        var total = await goals.CountAsync(new SessionsOfFractalSpec(rootId), cancellationToken);
        var members = await goals.ListAsync(new FractalGoalsSpec(rootId), cancellationToken);
        var renderer = await SessionViews.RendererAsync(rootId, members, [.. page.Select(s => s.Id)], instances, activities, cancellationToken);
        return JsonBody.Array(page, (s, writer) => renderer.Write(s, writer), total);
    }
}
