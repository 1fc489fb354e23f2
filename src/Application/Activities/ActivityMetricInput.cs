namespace FractalGoals.Application.Activities;

/// <summary>One submitted metric (api-contract #32/#33); <see cref="Id"/> names an existing one to keep.</summary>
public sealed record ActivityMetricInput(string? Id, string? Name, string? Unit, bool? IsTopSetMetric, bool? IsMultiplicative);
