using FractalGoals.Application.Common.Paging;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Sessions.Specifications;
using Mediator;

namespace FractalGoals.Application.Sessions.ListAllSessions;

/// <summary>At most five queries however many fractals (sessions, their fractals' goals, instances, their values, activity names); six for a page.</summary>
internal sealed class ListAllSessionsHandler(IReadRepository<Goal> goals, IInstanceRows instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListAllSessionsQuery, Result<JsonBody>>
{
    public async ValueTask<Result<JsonBody>> Handle(ListAllSessionsQuery query, CancellationToken cancellationToken)
    {
        var sessions = await goals.ListAsync(new AllSessionsSpec(query.Page.Skip, query.Page.Take), cancellationToken);
        int? total = query.Page.IsRequested ? await goals.CountAsync(new AllSessionsSpec(), cancellationToken) : null;
        // Each fractal renders with its own goals, instances and activity names (read for all at once); the list keeps the global order.
        var renderers = await FractalViews.OfFractalsAsync([.. sessions.Select(s => s.RootId).Distinct()], goals, instances, activities, cancellationToken);
        return JsonBody.Array(sessions, (s, writer) => renderers[s.RootId].Write(s, writer), total);
    }
}
