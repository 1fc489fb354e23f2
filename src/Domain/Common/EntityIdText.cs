using System.Diagnostics.CodeAnalysis;

namespace FractalGoals.Domain.Common;

/// <summary>
/// Ids are opaque text (ADR 0009): server-made ones are lower-case UUID v4, but clients supply some
/// (activity instances, program blocks such as <c>1767200643898</c>). Only the shape every id needs is checked.
/// </summary>
public static class EntityIdText
{
    public const int MaxLength = 100;

    public static string NewUuid() => Guid.NewGuid().ToString();

    // Every id read from the store passes here (tens of thousands in a big read), so: one pass, no allocation.
    public static bool IsValid([NotNullWhen(true)] string? value)
    {
        if (value is null || value.Length == 0 || value.Length > MaxLength || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            return false;
        foreach (var c in value)
        {
            if (char.IsControl(c)) return false;
        }
        return true;
    }

    /// <summary>The one parse behind every typed id's <c>TryParse</c>: valid id text, or nothing.</summary>
    public static bool TryParse<TId>([NotNullWhen(true)] string? text, Func<string, TId> create, out TId id)
        where TId : struct
    {
        ArgumentNullException.ThrowIfNull(create);
        if (!IsValid(text))
        {
            id = default;
            return false;
        }
        id = create(text);
        return true;
    }

    public static string Validate(string? value, string idType) =>
        IsValid(value)
            ? value!
            : throw new DomainRuleViolationException("ids.invalid", $"Invalid {idType}: an id is 1-{MaxLength} characters of text without surrounding spaces");
}
