using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.Application.Sessions;

/// <summary>Route ids are opaque text; text that can never be an id is simply "not found" (never a 400).</summary>
internal static class SessionIds
{
    public static bool TryGoal(string? text, out GoalId id)
    {
        id = EntityIdText.IsValid(text) ? new GoalId(text!) : default;
        return EntityIdText.IsValid(text);
    }

    public static bool TryInstance(string? text, out ActivityInstanceId id)
    {
        id = EntityIdText.IsValid(text) ? new ActivityInstanceId(text!) : default;
        return EntityIdText.IsValid(text);
    }
}
