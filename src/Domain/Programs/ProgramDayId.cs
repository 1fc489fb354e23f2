using System.Diagnostics.CodeAnalysis;
using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Programs;

[SuppressMessage("Design", "CA1036", Justification = "Ids compare only so that lists sort as the stored text does; < between ids means nothing")]
public readonly record struct ProgramDayId : IComparable<ProgramDayId>, IComparable
{
    public ProgramDayId(string value) => Value = EntityIdText.Validate(value, "day id");

    public string Value { get; }

    public static ProgramDayId New() => new(EntityIdText.NewUuid());

    /// <summary>Text from a route or a body as an id; text that can never be an id names nothing (ADR 0036).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProgramDayId id) => EntityIdText.TryParse(text, static value => new ProgramDayId(value), out id);

    /// <summary>Ids order as their stored text does (ordinal), so in-memory and SQL orders agree.</summary>
    public int CompareTo(ProgramDayId other) => string.CompareOrdinal(Value, other.Value);

    int IComparable.CompareTo(object? obj) => obj is ProgramDayId other ? CompareTo(other) : 1;

    public override string ToString() => Value;
}
