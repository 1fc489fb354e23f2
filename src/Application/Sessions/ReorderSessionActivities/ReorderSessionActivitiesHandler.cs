using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Responses;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.ReorderSessionActivities;

/// <summary>
/// The session (404) and its live instances, reordered by the domain's rule (a partial, foreign or repeated list is a
/// 400 before any position changes), answered as <c>GET …/activities</c> answers.
/// </summary>
internal sealed class ReorderSessionActivitiesHandler(
    FractalScope fractal, IReadRepository<Goal> goals, IRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<ReorderSessionActivitiesCommand, Result<WrittenList<ActivityInstanceNode>>>
{
    public async ValueTask<Result<WrittenList<ActivityInstanceNode>>> Handle(ReorderSessionActivitiesCommand command, CancellationToken cancellationToken)
    {
        if (!GoalId.TryParse(command.SessionId, out var sessionId) || !await goals.AnyAsync(new SessionOfFractalSpec(fractal.RootId, sessionId), cancellationToken))
            return Result<WrittenList<ActivityInstanceNode>>.NotFound(SessionMessages.SessionNotFound);

        var sessionInstances = await instances.ListAsync(new InstancesOfSessionsSpec(fractal.RootId, [sessionId], forUpdate: true), cancellationToken);
        ActivityInstance.Reorder(sessionInstances, [.. command.ActivityIds!.Select(id => new ActivityInstanceId(id!))], clock.LocalNow());
        var lookup = await SessionViews.LookupAsync(fractal.RootId, activities, cancellationToken);
        return InstanceJson.List(ActivityInstance.InSessionOrder(sessionInstances), lookup);
    }
}
