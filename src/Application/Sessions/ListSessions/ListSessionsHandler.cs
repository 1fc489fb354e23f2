using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.ListSessions;

/// <summary>Four queries whatever the fractal's size (goals, instances, their values, activity names); five for a page (goals, page, count, instances with values, names).</summary>
internal sealed class ListSessionsHandler(FractalScope fractal, IReadRepository<Goal> goals, IReadRepository<ActivityInstance> instances, IInstanceRows instanceRows, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListSessionsQuery, Result<JsonBody>>
{
    public async ValueTask<Result<JsonBody>> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        // The fractal's live goals are read once and answer the fractal check and the links alike (ADR 0034).
        var members = (await fractal.ReadLiveGoalsAsync(cancellationToken)).Goals;
        var rootId = fractal.RootId;
        if (!query.Page.IsRequested)
        {
            // The whole list: the sessions too, in the specification's order.
            var sessions = new SessionsOfFractalSpec(rootId).Evaluate(members).ToList();
            var nodes = (await FractalViews.WithGoalsAsync([rootId], members, instanceRows, activities, cancellationToken))[rootId];
            return JsonBody.Array(sessions, (s, writer) => nodes.Write(s, writer));
        }

        // A page: the whole fractal's goals still decide children and links, but only the page's instances are read.
        var page = await goals.ListAsync(new SessionsOfFractalSpec(rootId, query.Page.Skip, query.Page.Take), cancellationToken);
        var total = await goals.CountAsync(new SessionsOfFractalSpec(rootId), cancellationToken);
        var renderer = await SessionViews.RendererAsync(rootId, members, [.. page.Select(s => s.Id)], instances, activities, cancellationToken);
        return JsonBody.Array(page, (s, writer) => renderer.Write(s, writer), total);
    }
}
