namespace FractalGoals.Application.Activities;

/// <summary>The contract's <c>{"message": "…"}</c> success body of deletes and reorder.</summary>
public sealed record ActivitiesMessageResponse(string Message);
