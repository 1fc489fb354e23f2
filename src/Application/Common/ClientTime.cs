using System.Globalization;

namespace FractalGoals.Application.Common;

/// <summary>
/// Times and dates typed by clients (api-contract §1.5, Q-14): a date (<c>2026-02-01</c>) or an ISO 8601 date-time
/// with optional seconds, fraction and <c>Z</c>/offset. A time with an offset is converted to server-local time
/// before it is stored; a naive one is taken as server-local already.
/// </summary>
public static class ClientTime
{
    private static readonly string[] NaiveFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    public static bool TryParseDateTime(string? text, TimeProvider clock, out DateTime value)
    {
        ArgumentNullException.ThrowIfNull(clock);
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (DateTime.TryParseExact(text, NaiveFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var naive))
        {
            value = DateTime.SpecifyKind(naive, DateTimeKind.Unspecified);
            return true;
        }
        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            value = DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(withOffset, clock.LocalTimeZone).DateTime, DateTimeKind.Unspecified);
            return true;
        }
        return false;
    }

    /// <summary>A date: <c>YYYY-MM-DD</c>, or the date part of an ISO date-time (a deadline the client echoes back as <c>…T00:00:00</c>).</summary>
    public static bool TryParseDate(string? text, out DateOnly value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)) return true;
        if (text.Length > 10 && text[10] is 'T' or ' '
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            && (DateTime.TryParseExact(text, NaiveFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
            return true;
        value = default;
        return false;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
