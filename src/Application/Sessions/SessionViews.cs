using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Application.Sessions.Specifications;

namespace FractalGoals.Application.Sessions;

/// <summary>Builds the SessionNode renderer for sessions of one fractal: its live goals, the sessions' live instances, names.</summary>
internal static class SessionViews
{
    public static async Task<GoalNodeJson> RendererAsync(
        GoalId rootId,
        IReadOnlyCollection<Goal> liveGoals,
        IReadOnlyCollection<GoalId> sessionIds,
        IReadRepository<ActivityInstance> instances,
        IReadRepository<ActivityDefinition> activities,
        CancellationToken cancellationToken)
    {
        var sessionInstances = sessionIds.Count == 0 ? [] : await instances.ListAsync(new InstancesOfSessionsSpec(rootId, sessionIds), cancellationToken);
        return new GoalNodeJson(liveGoals, sessionInstances.Select(InstanceView.Of), await LookupAsync(rootId, activities, cancellationToken));
    }

    public static async Task<ActivityLookup> LookupAsync(GoalId rootId, IReadRepository<ActivityDefinition> activities, CancellationToken cancellationToken) =>
        new(await activities.ListAsync(new ActivitiesOfFractalIncludingRetiredSpec(rootId), cancellationToken));
}
