using System.Diagnostics.CodeAnalysis;
using FractalGoals.Domain.Common;

namespace FractalGoals.Domain.Programs;

/// <summary>Often client-made (<c>Date.now()</c> text such as <c>1767200643898</c>), so never assumed to be a UUID.</summary>
[SuppressMessage("Design", "CA1036", Justification = "Ids compare only so that lists sort as the stored text does; < between ids means nothing")]
public readonly record struct ProgramBlockId : IComparable<ProgramBlockId>, IComparable
{
    public ProgramBlockId(string value) => Value = EntityIdText.Validate(value, "block id");

    public string Value { get; }

    public static ProgramBlockId New() => new(EntityIdText.NewUuid());

    /// <summary>Text from a route or a body as an id; text that can never be an id names nothing (ADR 0036).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ProgramBlockId id) => EntityIdText.TryParse(text, static value => new ProgramBlockId(value), out id);

    /// <summary>Ids order as their stored text does (ordinal), so in-memory and SQL orders agree.</summary>
    public int CompareTo(ProgramBlockId other) => string.CompareOrdinal(Value, other.Value);

    int IComparable.CompareTo(object? obj) => obj is ProgramBlockId other ? CompareTo(other) : 1;

    public override string ToString() => Value;
}
