using System.Text.Json.Nodes;
using FractalGoals.Application.Sessions.RecordInstanceMetrics;
using static FractalGoals.Application.Sessions.RecordInstanceMetrics.MetricInputValue;

namespace FractalGoals.UnitTests.Application.Sessions;

public sealed class MetricInputValueTests
{
    [Theory]
    [InlineData("7", 7.0)]
    [InlineData("\"12\"", 12.0)]
    [InlineData("\" 4.5 \"", 4.5)]
    [InlineData("\"-3e2\"", -300.0)]
    [InlineData("0", 0.0)]
    public void Numbers_and_numeric_strings_are_read_as_numbers(string json, double expected)
    {
        Assert.Equal(Kind.Number, Read(JsonNode.Parse(json), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\"abc\"")]
    [InlineData("\"12kg\"")]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("{\"value\": 1}")]
    public void Blank_null_and_non_numeric_values_are_skipped(string json) =>
        Assert.Equal(Kind.Skip, Read(JsonNode.Parse(json), out _));

    [Theory]
    [InlineData("\"nan\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"inf\"")]
    [InlineData("\"-Infinity\"")]
    [InlineData("\"1e999\"")]
    [InlineData("1e999")]
    public void Non_finite_values_are_reported_so_the_request_can_be_rejected(string json) =>
        Assert.Equal(Kind.NonFinite, Read(JsonNode.Parse(json), out _));

    [Fact]
    public void A_missing_value_is_skipped() => Assert.Equal(Kind.Skip, Read(null, out _));
}
