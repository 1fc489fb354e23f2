namespace FractalGoals.Application.Goals.CreateFractal;

/// <summary>Contract #3: only these three keys.</summary>
public sealed record CreatedFractalResponse(string Id, string Name, string Description);
