using System.Globalization;

namespace FractalGoals.Application.Common.Paging;

/// <summary>
/// The optional <c>?limit=&amp;offset=</c> of a big list (ADR 0030, docs/paging.md), as the client sent them. Both
/// absent: the whole list, exactly as the contract has it. Text, so the validator can answer a non-integer itself.
/// </summary>
public sealed record PageRequest(string? Limit, string? Offset)
{
    /// <summary>The most rows one page may ask for; a session node with its hydrated exercises is tens of kilobytes.</summary>
    public const int MaxLimit = 500;

    public static PageRequest None { get; } = new(null, null);

    public bool IsRequested => Limit is not null || Offset is not null;

    /// <summary>Rows to skip (valid requests only).</summary>
    public int Skip => Offset is null ? 0 : Parse(Offset) ?? 0;

    /// <summary>Rows to return, or null for all the rest (valid requests only).</summary>
    public int? Take => Limit is null ? null : Parse(Limit);

    /// <summary>Digits only: no sign, no spaces, no exponent; null when not an integer that fits.</summary>
    public static int? Parse(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
