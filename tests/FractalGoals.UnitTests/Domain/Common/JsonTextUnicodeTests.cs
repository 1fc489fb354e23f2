using System.Text.Json;
using FractalGoals.Domain.Common;

namespace FractalGoals.UnitTests.Domain.Common;

/// <summary>ADR 0041: text is Unicode scalar values without U+0000, in every key and string, escaped or not.</summary>
public sealed class JsonTextUnicodeTests
{
    [Theory]
    [InlineData("""{"name":"x\ud800y"}""")]
    [InlineData("""{"name":"x\udc00"}""")]
    [InlineData("""{"a":["ok",{"deep":"\uDBFF"}]}""")]
    [InlineData("""{"\ud800":1}""")]
    [InlineData("""{"name":"a\u0000b"}""")]
    [InlineData("""{"name":"a","name":"b"}""")]
    public void A_document_holding_what_no_reader_can_write_back_is_refused(string raw)
    {
        var refused = Assert.Throws<DomainRuleViolationException>(() => JsonText.Parse(raw, "data"));

        Assert.Equal("json.invalid", refused.Code);
    }

    [Theory]
    [InlineData("""{"name":"😀 \ud83d\ude00 é \u00e9 \\ud800"}""")]   // a pair, an escaped pair, and an escaped backslash
    [InlineData("""["\u0001", "tab\t"]""")]
    public void Text_with_pairs_and_other_escapes_is_accepted(string raw) =>
        Assert.Equal(raw, JsonText.Parse(raw, "data").Raw);

    [Theory]
    [InlineData("""{"a":"plain é 😀"}""", false)]
    [InlineData("""{"a":"\u00e9 \n"}""", false)]
    [InlineData("""{"a":"\ud800"}""", true)]
    [InlineData("""{"a":"\uDFFF"}""", true)]
    [InlineData("""{"a":"\u0000"}""", true)]
    [InlineData("""{"a":"\u"}""", false)]
    public void Only_a_surrogate_or_nul_escape_makes_a_stored_document_worth_walking(string raw, bool expected) =>
        Assert.Equal(expected, JsonText.MayEscapeNonText(raw));

    [Fact]
    public void A_walk_tells_a_lone_surrogate_escape_from_a_pair()
    {
        using var lone = JsonDocument.Parse("""{"a":["\ud800"]}""");
        using var pair = JsonDocument.Parse("""{"a":["\ud83d\ude00"]}""");

        Assert.False(JsonText.HoldsOnlyText(lone.RootElement));
        Assert.True(JsonText.HoldsOnlyText(pair.RootElement));
    }
}
