using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Sessions;

public readonly record struct MetricValueId
{
    public MetricValueId(string value) => Value = EntityIdText.Validate(value, "metric value id");

    public string Value { get; }

    public static MetricValueId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
