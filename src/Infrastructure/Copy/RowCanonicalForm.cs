using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FractalGoals.Infrastructure.Persistence.Conversions;

namespace FractalGoals.Infrastructure.Copy;

/// <summary>
/// A provider-independent text for a stored value, so both sides of a copy can be hashed and compared: timestamps
/// in the storage format (ADR 0012), booleans 0/1, numbers invariant and round-trippable, text verbatim, NULL
/// distinct from every text. Rows are hashed in primary-key order (ordinal), each value length-prefixed.
/// </summary>
internal static class RowCanonicalForm
{
    public static string Of(object? value, string postgresType) => value switch
    {
        null or DBNull => "\0NULL",
        DateTime time => time.ToString(LegacyDateTimeConverter.StorageFormat, CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        string text when postgresType == "timestamp without time zone" =>
            LegacyDateTimeConverter.Parse(text).ToString(LegacyDateTimeConverter.StorageFormat, CultureInfo.InvariantCulture),
        string text when postgresType == "timestamp with time zone" =>
            ParseOffset(text).ToString(LegacyDateTimeConverter.StorageFormat, CultureInfo.InvariantCulture),
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => ((double)number).ToString("R", CultureInfo.InvariantCulture),
        long or int or short when postgresType == "double precision" => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        long or int or short => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>
    /// A <see cref="DateTimeOffset"/> as EF's SQLite provider stores it (text with its offset, e.g. Identity's
    /// <c>lockout_end</c>), as the UTC time PostgreSQL's <c>timestamp with time zone</c> holds and Npgsql reads back.
    /// </summary>
    public static DateTime ParseOffset(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime;

    /// <summary>SHA-256 over rows (each a list of canonical values), taken in ordinal order of their key text.</summary>
    public static string Checksum(IEnumerable<(string Key, IReadOnlyList<string> Values)> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (_, values) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                var bytes = Encoding.UTF8.GetBytes(value);
                hash.AppendData(BitConverter.GetBytes(bytes.Length));
                hash.AppendData(bytes);
            }
            hash.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
