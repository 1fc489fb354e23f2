using Ardalis.Specification;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>
/// Live activity instances of whole fractals, unordered: what hydrating every session of a fractal needs, read on
/// root_id alone rather than with a list of every session id (ADR 0030). The caller keeps those of live sessions.
/// </summary>
public sealed class InstancesOfFractalsSpec : Specification<ActivityInstance>
{
    public InstancesOfFractalsSpec(IReadOnlyCollection<GoalId> rootIds)
    {
        if (rootIds.Count == 1)
        {
            var rootId = rootIds.First();
            Query.Where(i => i.RootId == rootId);
        }
        else
        {
            Query.Where(i => rootIds.Contains(i.RootId));
        }
    }
}
