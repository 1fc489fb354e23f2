namespace FractalGoals.Application.Activities;

/// <summary>api-contract §2.5.</summary>
public sealed record MetricDefinitionResponse(string Id, string Name, string Unit, bool IsActive, bool IsTopSetMetric, bool IsMultiplicative);
