namespace FractalGoals.Application.Sessions;

/// <summary>An immediate goal to create under a new session; entries with a blank name are skipped .</summary>
public sealed record ImmediateGoalInput(string? Name, string? Description);
