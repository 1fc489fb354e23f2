using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Goals;

public readonly record struct GoalId
{
    public GoalId(string value) => Value = EntityIdText.Validate(value, "goal id");

    public string Value { get; }

    public static GoalId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
