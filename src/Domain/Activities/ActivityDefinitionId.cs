using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Activities;

public readonly record struct ActivityDefinitionId
{
    public ActivityDefinitionId(string value) => Value = EntityIdText.Validate(value, "activity id");

    public string Value { get; }

    public static ActivityDefinitionId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
