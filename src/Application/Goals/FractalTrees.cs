using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Goals;
using FractalGoals.Application.Goals.Specifications;

namespace FractalGoals.Application.Goals;

/// <summary>Loads a whole fractal, deleted rows included and tracked, as a <see cref="GoalTree"/> to delete or restore in.</summary>
internal static class FractalTrees
{
    /// <summary>The tree of <paramref name="rootId"/>, or null when no fractal root (live or deleted) has that id.</summary>
    public static async Task<GoalTree?> LoadAsync(IReadRepository<Goal> goals, GoalId rootId, CancellationToken cancellationToken)
    {
        var members = await goals.ListAsync(new FractalTreeSpec(rootId), cancellationToken);
        var root = members.FirstOrDefault(g => g.Id == rootId);
        return root is { IsFractalRoot: true } ? new GoalTree(root, members) : null;
    }
}
