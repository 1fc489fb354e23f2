using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FractalGoals.Infrastructure.Persistence.Conversions;

/// <summary>
/// Naive server-local time as the legacy text 'yyyy-MM-dd HH:mm:ss.ffffff' (ADR 0012). Older rows lack the
/// fraction or were written with a 'T'; all are read. The text sorts like the time, so ordering runs in SQL.
/// </summary>
internal sealed class LegacyDateTimeConverter() : ValueConverter<DateTime, string>(
    v => v.ToString(StorageFormat, CultureInfo.InvariantCulture),
    s => Parse(s))
{
    public const string StorageFormat = "yyyy-MM-dd HH:mm:ss.ffffff";

    private static readonly string[] ReadFormats =
    [
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd",
    ];

    public static DateTime Parse(string text) =>
        TryParseStorageFormat(text, out var value)
            ? value
            : DateTime.ParseExact(text.Trim(), ReadFormats, CultureInfo.InvariantCulture, DateTimeStyles.None);

    /// <summary>
    /// The format this app writes, read digit by digit: a big read converts thousands of these, and the general
    /// format-list parser was a visible share of it (ADR 0034). Anything else — other shapes, impossible dates —
    /// is left to <see cref="DateTime.ParseExact(string, string[], IFormatProvider, DateTimeStyles)"/>.
    /// </summary>
    internal static bool TryParseStorageFormat(ReadOnlySpan<char> text, out DateTime value)
    {
        value = default;
        if (text.Length != StorageFormat.Length || text[4] != '-' || text[7] != '-' || text[10] != ' '
            || text[13] != ':' || text[16] != ':' || text[19] != '.')
            return false;
        if (!Digits(text[..4], out var year) || !Digits(text[5..7], out var month) || !Digits(text[8..10], out var day)
            || !Digits(text[11..13], out var hour) || !Digits(text[14..16], out var minute) || !Digits(text[17..19], out var second)
            || !Digits(text[20..], out var microseconds))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        value = new DateTime(year, month, day, hour, minute, second).AddTicks(microseconds * 10L);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int number)
    {
        number = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
            number = (number * 10) + (c - '0');
        }
        return true;
    }
}
