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
        DateTime.ParseExact(text.Trim(), ReadFormats, CultureInfo.InvariantCulture, DateTimeStyles.None);
}
