using static FractalGoals.Application.Sessions.RecordInstanceMetrics.MetricInputValue;

namespace FractalGoals.UnitTests.Application.Sessions;

/// <summary>A sent value as the API hands it over: a JSON number's literal or a JSON string's content (#25).</summary>
public sealed class MetricInputValueTests
{
    [Theory]
    [InlineData("7", 7.0)]
    [InlineData("12", 12.0)]
    [InlineData(" 4.5 ", 4.5)]
    [InlineData("-3e2", -300.0)]
    [InlineData("0", 0.0)]
    public void Numbers_and_numeric_strings_are_read_as_numbers(string sent, double expected)
    {
        Assert.Equal(Kind.Number, Read(sent, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("12kg")]
    [InlineData("true")]
    public void Blank_and_non_numeric_values_are_skipped(string sent) =>
        Assert.Equal(Kind.Skip, Read(sent, out _));

    [Theory]
    [InlineData("nan")]
    [InlineData("NaN")]
    [InlineData("inf")]
    [InlineData("-Infinity")]
    [InlineData("1e999")]
    public void Non_finite_values_are_reported_so_the_request_can_be_rejected(string sent) =>
        Assert.Equal(Kind.NonFinite, Read(sent, out _));

    [Fact]
    public void A_missing_value_is_skipped() => Assert.Equal(Kind.Skip, Read(null, out _));
}
