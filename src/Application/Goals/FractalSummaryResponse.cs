namespace FractalGoals.Application.Goals;

/// <summary>api-contract §2.9.</summary>
public sealed record FractalSummaryResponse(string Id, string Name, string? Description, string Type, DateTime? CreatedAt, DateTime? UpdatedAt);
