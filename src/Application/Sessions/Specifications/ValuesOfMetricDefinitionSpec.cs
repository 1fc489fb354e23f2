using FractalGoals.Domain.Activities;
using Ardalis.Specification;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>
/// Values recorded against a metric definition, including those of deleted instances (a restore brings them
/// back, so they still count as history when deciding retire-or-remove, domain-rules §6.2).
/// </summary>
public sealed class ValuesOfMetricDefinitionSpec : Specification<MetricValue>
{
    public ValuesOfMetricDefinitionSpec(MetricDefinitionId metricId) =>
        Query.Where(v => v.MetricDefinitionId == metricId);
}
