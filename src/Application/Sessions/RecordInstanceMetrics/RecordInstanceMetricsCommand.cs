using System.Text.Json.Nodes;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Results;
using Mediator;

namespace FractalGoals.Application.Sessions.RecordInstanceMetrics;

/// <summary><c>PUT /api/{root_id}/sessions/{session_id}/activities/{instance_id}/metrics</c> (contract #25).</summary>
public sealed record RecordInstanceMetricsCommand(string RootId, string SessionId, string InstanceId, IReadOnlyList<MetricInput> Metrics)
    : IFractalRequest, ICommand<Result<JsonNode>>;
