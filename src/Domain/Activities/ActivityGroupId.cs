using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Activities;

public readonly record struct ActivityGroupId
{
    public ActivityGroupId(string value) => Value = EntityIdText.Validate(value, "activity group id");

    public string Value { get; }

    public static ActivityGroupId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
