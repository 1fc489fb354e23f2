namespace FractalGoals.Domain.Activities;

/// <summary>What a caller may say about a new activity (api-contract #32), with the legacy defaults.</summary>
public sealed record ActivityDetails(
    string? Name,
    string? Description = null,
    bool HasSets = false,
    bool HasMetrics = true,
    bool MetricsMultiplicative = false,
    bool HasSplits = false,
    IReadOnlyList<MetricDraft>? Metrics = null,
    IReadOnlyList<SplitDraft>? Splits = null);
