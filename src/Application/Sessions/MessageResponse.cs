namespace FractalGoals.Application.Sessions;

/// <summary>The contract's success body for deletes: <c>{"message": "…"}</c>.</summary>
public sealed record MessageResponse(string Message);
