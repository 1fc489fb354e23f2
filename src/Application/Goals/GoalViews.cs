using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Activities.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Sessions.Specifications;

namespace FractalGoals.Application.Goals;

/// <summary>
/// Builds the <see cref="GoalNodeJson"/> renderer for one fractal: its live goals, the live instances of its
/// sessions and the names of its activities (retired ones too). Reads are untracked, so a handler that changed a
/// goal renders that tracked object itself; the store only supplies what lies around it.
/// </summary>
internal static class GoalViews
{
    public static async Task<GoalNodeJson> OfFractalAsync(
        GoalId rootId, IReadRepository<Goal> goals, IReadRepository<ActivityInstance> instances,
        IReadRepository<ActivityDefinition> activities, CancellationToken cancellationToken)
    {
        var members = await goals.ListAsync(new GoalsOfFractalsSpec([rootId]), cancellationToken);
        return await WithGoalsAsync(rootId, members, instances, activities, cancellationToken);
    }

    /// <param name="liveGoals">The live goals to render from (and to resolve session links against).</param>
    public static async Task<GoalNodeJson> WithGoalsAsync(
        GoalId rootId, IReadOnlyCollection<Goal> liveGoals, IReadRepository<ActivityInstance> instances,
        IReadRepository<ActivityDefinition> activities, CancellationToken cancellationToken)
    {
        var sessionIds = liveGoals.Where(g => g.IsSession).Select(g => g.Id).ToList();
        var sessionInstances = sessionIds.Count == 0
            ? []
            : await instances.ListAsync(new InstancesOfSessionsSpec(rootId, sessionIds), cancellationToken);
        var lookup = sessionInstances.Count == 0
            ? ActivityLookup.Empty
            : new ActivityLookup(await activities.ListAsync(new ActivitiesOfFractalIncludingRetiredSpec(rootId), cancellationToken));
        return new GoalNodeJson(liveGoals, sessionInstances, lookup);
    }

    /// <summary>A renderer with nothing around it: for a plain goal shown without children (or one just created, which has none).</summary>
    public static GoalNodeJson Standalone() => new([], [], ActivityLookup.Empty);
}
