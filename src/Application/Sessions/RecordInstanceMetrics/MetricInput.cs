namespace FractalGoals.Application.Sessions.RecordInstanceMetrics;

/// <summary>
/// One entry of the client's list. <paramref name="Value"/> is the value as sent: a JSON number's literal or a JSON
/// string's content; null when the entry had neither.
/// </summary>
public sealed record MetricInput(string? MetricId, string? Value, string? SplitId);
