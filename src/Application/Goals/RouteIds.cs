using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Goals;

/// <summary>Route ids are opaque text; one that is not even valid id text simply names nothing (404, never 400/500).</summary>
internal static class RouteIds
{
    public static bool TryGoalId(string? text, out GoalId id)
    {
        id = default;
        if (!EntityIdText.IsValid(text)) return false;
        id = new GoalId(text!);
        return true;
    }
}
