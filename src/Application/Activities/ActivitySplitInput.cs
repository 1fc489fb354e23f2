namespace FractalGoals.Application.Activities;

/// <summary>One submitted split (api-contract #32/#33); <see cref="Id"/> names an existing one to keep.</summary>
public sealed record ActivitySplitInput(string? Id, string? Name);
