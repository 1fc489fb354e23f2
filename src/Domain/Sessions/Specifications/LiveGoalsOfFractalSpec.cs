using FractalGoals.Domain.Common.Specifications;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>Every live goal of one fractal (sessions included): what a session node needs for children and links.</summary>
public sealed class LiveGoalsOfFractalSpec : Specification<Goal>
{
    public LiveGoalsOfFractalSpec(GoalId rootId, bool forUpdate = false)
    {
        Query.Where(g => g.RootId == rootId);
        if (forUpdate) Query.AsTracking();
    }
}
