using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Activities;

public readonly record struct SplitDefinitionId
{
    public SplitDefinitionId(string value) => Value = EntityIdText.Validate(value, "split id");

    public string Value { get; }

    public static SplitDefinitionId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
