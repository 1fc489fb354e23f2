namespace FractalGoals.Application.Activities;

/// <summary>api-contract §2.5: live metric definitions in creation order, live splits by <c>order</c> (Q-30).</summary>
public sealed record ActivityResponse(
    string Id,
    string Name,
    string? Description,
    string? GroupId,
    bool HasSets,
    bool HasMetrics,
    bool MetricsMultiplicative,
    bool HasSplits,
    DateTime? CreatedAt,
    IReadOnlyList<MetricDefinitionResponse> MetricDefinitions,
    IReadOnlyList<SplitDefinitionResponse> SplitDefinitions);
