using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;

namespace FractalGoals.Application.Goals;

/// <summary>Existence checks validators use to stay silent where the handler's 404 must answer first.</summary>
internal static class FractalChecks
{
    public static async Task<bool> RootExistsAsync(IReadRepository<Goal> goals, string rootId, CancellationToken cancellationToken) =>
        RouteIds.TryGoalId(rootId, out var id) && await goals.AnyAsync(new FractalRootSpec(id), cancellationToken);

    public static async Task<bool> GoalExistsAsync(IReadRepository<Goal> goals, string rootId, string goalId, CancellationToken cancellationToken) =>
        RouteIds.TryGoalId(goalId, out var id) && await RootExistsAsync(goals, rootId, cancellationToken)
        && await goals.AnyAsync(new GoalOfFractalSpec(new GoalId(rootId), id), cancellationToken);
}
