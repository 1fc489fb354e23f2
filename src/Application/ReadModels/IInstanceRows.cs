using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.ReadModels;

/// <summary>
/// The live activity instances of whole fractals as flat rows (ADR 0032): what hydrating every session of a fractal
/// needs, read untracked in two root-scoped queries (instances, then their values) instead of entities joined to
/// their values. Unordered instances; each instance's values in insertion order. The caller keeps those of live sessions.
/// </summary>
public interface IInstanceRows
{
    Task<IReadOnlyList<InstanceView>> LiveOfFractalsAsync(IReadOnlyCollection<GoalId> rootIds, CancellationToken cancellationToken);
}
