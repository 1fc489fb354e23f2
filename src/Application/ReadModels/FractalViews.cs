using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Activities;
using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;

namespace FractalGoals.Application.ReadModels;

/// <summary>
/// <see cref="GoalNodeJson"/> renderers for whole fractals in at most four queries however many fractals and
/// sessions (ADR 0030): their live goals, the live instances of those fractals and their values as flat rows
/// (ADR 0032), the names of their activities (retired ones too). Each fractal still renders only with its own rows, as if it were read alone.
/// </summary>
internal static class FractalViews
{
    public static async Task<IReadOnlyDictionary<GoalId, GoalNodeJson>> OfFractalsAsync(
        IReadOnlyCollection<GoalId> rootIds, IReadRepository<Goal> goals, IInstanceRows instances,
        IReadRepository<ActivityDefinition> activities, CancellationToken cancellationToken)
    {
        var members = rootIds.Count == 0 ? [] : await goals.ListAsync(new GoalsOfFractalsSpec(rootIds), cancellationToken);
        return await WithGoalsAsync(rootIds, members, instances, activities, cancellationToken);
    }

    /// <param name="liveGoals">Every live goal of these fractals: the ones rendered, and the ones a session link may name.</param>
    public static async Task<IReadOnlyDictionary<GoalId, GoalNodeJson>> WithGoalsAsync(
        IReadOnlyCollection<GoalId> rootIds, IReadOnlyCollection<Goal> liveGoals, IInstanceRows instances,
        IReadRepository<ActivityDefinition> activities, CancellationToken cancellationToken)
    {
        var sessionRoots = liveGoals.Where(g => g.IsSession).ToDictionary(g => g.Id, g => g.RootId);
        var sessionInstances = (sessionRoots.Count == 0
                ? []
                : await instances.LiveOfFractalsAsync([.. sessionRoots.Values.Distinct()], cancellationToken))
            .Where(i => sessionRoots.TryGetValue(i.PracticeSessionId, out var root) && root == i.RootId)   // a live session of the instance's own fractal
            .ToLookup(i => i.RootId);
        var names = (sessionInstances.Count == 0
                ? []
                : await activities.ListAsync(new ActivitiesOfFractalsIncludingRetiredSpec([.. sessionInstances.Select(g => g.Key)]), cancellationToken))
            .ToLookup(a => a.RootId);
        var goalsByRoot = liveGoals.ToLookup(g => g.RootId);
        return rootIds.Distinct().ToDictionary(root => root, root => new GoalNodeJson(
            goalsByRoot[root], sessionInstances[root], names.Contains(root) ? new ActivityLookup(names[root]) : ActivityLookup.Empty));
    }
}
