using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Programs;

public readonly record struct ProgramDayId
{
    public ProgramDayId(string value) => Value = EntityIdText.Validate(value, "day id");

    public string Value { get; }

    public static ProgramDayId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
