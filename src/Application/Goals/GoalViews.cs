using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals;

/// <summary>
/// Builds the <see cref="GoalNodeJson"/> renderer for one fractal (<see cref="FractalViews"/>): its live goals, the
/// live instances of its sessions and the names of its activities (retired ones too). Reads are untracked, so a handler that changed a
/// goal renders that tracked object itself; the store only supplies what lies around it.
/// </summary>
internal static class GoalViews
{
    public static async Task<GoalNodeJson> OfFractalAsync(
        GoalId rootId, IReadRepository<Goal> goals, IInstanceRows instances,
        IReadRepository<ActivityDefinition> activities, CancellationToken cancellationToken) =>
        (await FractalViews.OfFractalsAsync([rootId], goals, instances, activities, cancellationToken))[rootId];

    /// <param name="liveGoals">The live goals to render from (and to resolve session links against).</param>
    public static async Task<GoalNodeJson> WithGoalsAsync(
        GoalId rootId, IReadOnlyCollection<Goal> liveGoals, IInstanceRows instances,
        IReadRepository<ActivityDefinition> activities, CancellationToken cancellationToken) =>
        (await FractalViews.WithGoalsAsync([rootId], liveGoals, instances, activities, cancellationToken))[rootId];

    /// <summary>
    /// <paramref name="goal"/> (tracked, as a handler changed it) without children, as #8 answers: a session's node
    /// lists its links and session_data, which need its fractal's goals and instances; a plain goal needs nothing.
    /// </summary>
    public static async Task<GoalNode> WithoutChildrenAsync(
        Goal goal, IReadRepository<Goal> goals, IInstanceRows instances,
        IReadRepository<ActivityDefinition> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var view = goal.IsSession ? await OfFractalAsync(goal.RootId, goals, instances, activities, cancellationToken) : Standalone();
        return view.Node(goal, withChildren: false);
    }

    /// <summary>A renderer with nothing around it: for a plain goal shown without children (or one just created, which has none).</summary>
    public static GoalNodeJson Standalone() => new([], [], ActivityLookup.Empty);
}
