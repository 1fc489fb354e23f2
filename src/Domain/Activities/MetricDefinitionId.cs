using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Activities;

public readonly record struct MetricDefinitionId
{
    public MetricDefinitionId(string value) => Value = EntityIdText.Validate(value, "metric id");

    public string Value { get; }

    public static MetricDefinitionId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
