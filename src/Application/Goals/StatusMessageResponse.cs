namespace FractalGoals.Application.Goals;

/// <summary>The message bodies of deletes and legacy updates, e.g. <c>{"status": "success", "message": "Goal deleted"}</c>.</summary>
public sealed record StatusMessageResponse(string Status, string Message)
{
    public static StatusMessageResponse Success(string message) => new("success", message);
}
