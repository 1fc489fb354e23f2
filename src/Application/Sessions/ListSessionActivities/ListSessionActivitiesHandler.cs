using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.ListSessionActivities;

internal sealed class ListSessionActivitiesHandler(FractalScope fractal, IReadRepository<Goal> goals, IReadRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities)
    : IQueryHandler<ListSessionActivitiesQuery, Result<WrittenList<ActivityInstanceNode>>>
{
    public async ValueTask<Result<WrittenList<ActivityInstanceNode>>> Handle(ListSessionActivitiesQuery query, CancellationToken cancellationToken)
    {
        if (!GoalId.TryParse(query.SessionId, out var sessionId) || !await goals.AnyAsync(new SessionOfFractalSpec(fractal.RootId, sessionId), cancellationToken))
            return Result<WrittenList<ActivityInstanceNode>>.NotFound(SessionMessages.SessionNotFound);

        var list = await instances.ListAsync(new InstancesOfSessionsSpec(fractal.RootId, [sessionId]), cancellationToken);
        var lookup = await SessionViews.LookupAsync(fractal.RootId, activities, cancellationToken);
        return InstanceJson.List(ActivityInstance.InSessionOrder(list), lookup);   // the session's order (ADR 0049)
    }
}
