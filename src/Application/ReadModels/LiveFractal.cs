using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Goals.Specifications;

namespace FractalGoals.Application.ReadModels;

/// <summary>Every live goal of one fractal, and its root among them.</summary>
internal sealed record LiveFractal(Goal Root, IReadOnlyList<Goal> Goals)
{
    /// <summary>
    /// One read that the whole-fractal handlers need anyway; a root is its own root, so the same rows answer the
    /// contract's root check (§1.7) — <see langword="null"/> for a missing or deleted fractal (ADR 0034).
    /// </summary>
    public static async Task<LiveFractal?> ReadAsync(GoalId rootId, IReadRepository<Goal> goals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goals);
        var members = await goals.ListAsync(new GoalsOfFractalsSpec(rootId), cancellationToken);
        return new FractalRootSpec(rootId).Evaluate(members).FirstOrDefault() is { } root ? new LiveFractal(root, members) : null;
    }
}
