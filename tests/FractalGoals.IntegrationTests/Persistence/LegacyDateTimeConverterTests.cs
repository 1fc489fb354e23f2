using System.Globalization;
using FractalGoals.Infrastructure.Persistence.Conversions;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>The digit-by-digit reader of the stored format agrees with the general parser, and leaves it everything else.</summary>
public sealed class LegacyDateTimeConverterTests
{
    private static readonly string[] General =
    [
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd",
    ];

    [Theory]
    [InlineData("2026-01-02 09:14:03.512877")]
    [InlineData("0001-01-01 00:00:00.000000")]
    [InlineData("9999-12-31 23:59:59.999999")]
    [InlineData("2024-02-29 12:00:00.000001")]
    public void The_stored_format_reads_as_the_general_parser_reads_it(string text)
    {
        Assert.True(LegacyDateTimeConverter.TryParseStorageFormat(text, out var fast));

        var general = DateTime.ParseExact(text, General, CultureInfo.InvariantCulture, DateTimeStyles.None);
        Assert.Equal(general, fast);
        Assert.Equal(general.Kind, fast.Kind);
        Assert.Equal(text, fast.ToString(LegacyDateTimeConverter.StorageFormat, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-01-02 09:14:03")]            // no fraction: the general parser's
    [InlineData("2026-01-02T09:14:03.512877")]     // a 'T': the general parser's
    [InlineData("2026-01-02 09:14:03.5128770")]    // seven digits
    [InlineData("2025-02-29 09:14:03.512877")]     // not a date
    [InlineData("2026-13-02 09:14:03.512877")]
    [InlineData("2026-01-02 24:00:00.000000")]
    [InlineData("2026-01-02 09:60:03.512877")]
    [InlineData("2026-01-02 09:14:03.5128x7")]
    [InlineData("2026/01/02 09:14:03.512877")]
    public void Any_other_text_is_not_taken_by_the_fast_path(string text) =>
        Assert.False(LegacyDateTimeConverter.TryParseStorageFormat(text, out _));

    [Fact]
    public void Older_shapes_still_read_through_the_general_parser()
    {
        Assert.Equal(new DateTime(2026, 1, 2, 9, 14, 3), LegacyDateTimeConverter.Parse("2026-01-02 09:14:03"));
        Assert.Equal(new DateTime(2026, 1, 2, 9, 14, 3), LegacyDateTimeConverter.Parse("2026-01-02T09:14:03"));
        Assert.Equal(new DateTime(2026, 1, 2), LegacyDateTimeConverter.Parse("2026-01-02"));
        Assert.Throws<FormatException>(() => LegacyDateTimeConverter.Parse("2025-02-29 09:14:03.512877"));
    }
}
