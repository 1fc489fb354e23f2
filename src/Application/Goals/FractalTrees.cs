using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals;

/// <summary>Loads a whole fractal, deleted rows included and tracked, as a <see cref="GoalTree"/> to delete or restore in.</summary>
internal static class FractalTrees
{
    /// <param name="root">The fractal's root, already checked (by the gate, or with its condition) and tracked, so it is the tree's own row.</param>
    public static async Task<GoalTree> LoadAsync(IReadRepository<Goal> goals, Goal root, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new GoalTree(root, await goals.ListAsync(new FractalTreeSpec(root.Id), cancellationToken));
    }
}
