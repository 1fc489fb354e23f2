using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.Application.Sessions;

/// <summary>
/// Creating an instance under a client id from the timer routes (#41, #42, #44): the session must be a live session of
/// this fractal (404), the activity a live one of this fractal (400), and the id free in every fractal, deleted rows
/// included (409, Q-11). The ids of the body are checked first so another fractal's ids answer 404 like missing ones.
/// Every instance, whatever the route, is made by <see cref="AddAsync"/>.
/// </summary>
internal static class InstanceCreation
{
    public sealed record Outcome(ActivityInstance? Instance, Result<ActivityInstanceNode>? Failure);

    public static async Task<Outcome> CreateAsync(
        GoalId rootId,
        ActivityInstanceId id,
        string sessionIdText,
        string activityIdText,
        IReadRepository<Goal> goals,
        IRepository<ActivityInstance> instances,
        IReadRepository<ActivityDefinition> activities,
        DateTime now,
        CancellationToken cancellationToken)
    {
        if (!GoalId.TryParse(sessionIdText, out var sessionId)
            || await goals.FirstOrDefaultAsync(new SessionOfFractalSpec(rootId, sessionId), cancellationToken) is not { } session)
            return new(null, Result<ActivityInstanceNode>.NotFound(SessionMessages.SessionNotFound));
        if (!ActivityDefinitionId.TryParse(activityIdText, out var activityId)
            || await activities.FirstOrDefaultAsync(new ActivityOfFractalSpec(rootId, activityId), cancellationToken) is not { } activity)
            return new(null, Result<ActivityInstanceNode>.Invalid(SessionMessages.ActivityNotFound));
        if (await instances.AnyAsync(new InstanceIdTakenSpec(id), cancellationToken))
            return new(null, Result<ActivityInstanceNode>.Conflict(SessionMessages.InstanceExists));

        return new(await AddAsync(id, session, activity, instances, now, cancellationToken), null);
    }

    /// <summary>
    /// The one place an instance comes into being (#23 and the timer routes, once their checks passed): after every
    /// live instance of its session, so the session's list shows it last (ADR 0049).
    /// </summary>
    public static async Task<ActivityInstance> AddAsync(
        ActivityInstanceId id, Goal session, ActivityDefinition activity, IRepository<ActivityInstance> instances, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(instances);
        var sessionInstances = await instances.ListAsync(new InstancesOfSessionsSpec(session.RootId, [session.Id]), cancellationToken);
        var instance = ActivityInstance.Create(id, session, activity, sessionInstances, now);
        instances.Add(instance);
        return instance;
    }
}
