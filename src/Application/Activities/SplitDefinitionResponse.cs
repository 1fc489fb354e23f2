namespace FractalGoals.Application.Activities;

/// <summary>api-contract §2.5.</summary>
public sealed record SplitDefinitionResponse(string Id, string Name, int Order);
