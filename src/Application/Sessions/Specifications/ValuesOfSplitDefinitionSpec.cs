using FractalGoals.Domain.Activities;
using Ardalis.Specification;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.Application.Sessions.Specifications;

/// <summary>Values recorded against a split definition, deleted instances' included (see <see cref="ValuesOfMetricDefinitionSpec"/>).</summary>
public sealed class ValuesOfSplitDefinitionSpec : Specification<MetricValue>
{
    public ValuesOfSplitDefinitionSpec(SplitDefinitionId splitId) =>
        Query.Where(v => v.SplitDefinitionId == splitId);
}
