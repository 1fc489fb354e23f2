using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Programs;

/// <summary>Often client-made (<c>Date.now()</c> text such as <c>1767200643898</c>), so never assumed to be a UUID.</summary>
public readonly record struct ProgramBlockId
{
    public ProgramBlockId(string value) => Value = EntityIdText.Validate(value, "block id");

    public string Value { get; }

    public static ProgramBlockId New() => new(EntityIdText.NewUuid());

    public override string ToString() => Value;
}
