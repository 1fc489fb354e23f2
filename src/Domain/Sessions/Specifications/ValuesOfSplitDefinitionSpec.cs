using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common.Specifications;

namespace FractalGoals.Domain.Sessions.Specifications;

/// <summary>Values recorded against a split definition, deleted instances' included (see <see cref="ValuesOfMetricDefinitionSpec"/>).</summary>
public sealed class ValuesOfSplitDefinitionSpec : Specification<MetricValue>
{
    public ValuesOfSplitDefinitionSpec(SplitDefinitionId splitId) =>
        Query.Where(v => v.SplitDefinitionId == splitId);
}
