using System.Text.Json.Nodes;

namespace FractalGoals.Application.Sessions.RecordInstanceMetrics;

/// <summary>One entry of the client's list; <paramref name="Value"/> is the JSON value as sent (number or numeric string).</summary>
public sealed record MetricInput(string? MetricId, JsonNode? Value, string? SplitId);
