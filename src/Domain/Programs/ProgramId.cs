using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Programs;

public readonly record struct ProgramId
{
    public ProgramId(string value) => Value = EntityIdText.Validate(value, "program id");

    public string Value { get; }

    public static ProgramId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
