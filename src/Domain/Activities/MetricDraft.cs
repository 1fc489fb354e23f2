namespace FractalGoals.Domain.Activities;

/// <summary>
/// One entry of a submitted metric list (api-contract #32/#33). <see cref="Id"/> names an existing metric to
/// keep; entries with a blank name or unit are ignored, as the legacy builder does.
/// </summary>
public sealed record MetricDraft(string? Name, string? Unit, bool IsTopSetMetric = false, bool IsMultiplicative = true, MetricDefinitionId? Id = null);
