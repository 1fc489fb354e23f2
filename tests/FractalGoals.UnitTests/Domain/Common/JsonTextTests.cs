using System.Text.Json;
using FractalGoals.Domain.Common;

namespace FractalGoals.UnitTests.Domain.Common;

/// <summary>Client JSON kept as sent (domain-rules §2.4, §15.20).</summary>
public sealed class JsonTextTests
{
    [Theory]
    [InlineData("{")]
    [InlineData("{\"a\":1,}")]
    [InlineData("[1,2")]
    [InlineData("{'a':1}")]
    [InlineData("// comment\n{}")]
    [InlineData("undefined")]
    [InlineData("{} {}")]
    public void Text_that_is_not_json_is_rejected(string raw)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => JsonText.Parse(raw, "session_data"));

        Assert.Equal("json.invalid", error.Code);
        Assert.Equal("session_data is not valid JSON", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_text_is_rejected(string? raw)
    {
        Assert.Equal("json.empty", Assert.Throws<DomainRuleViolationException>(() => JsonText.Parse(raw, "targets")).Code);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("\"[]\"")]
    [InlineData("15")]
    [InlineData("null")]
    public void A_document_of_the_wrong_kind_is_rejected(string raw)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => JsonText.Parse(raw, "targets", JsonValueKind.Array));

        Assert.Equal("json.wrong_kind", error.Code);
        Assert.Equal("targets must be a JSON array", error.Message);
    }

    [Fact]
    public void Several_allowed_kinds_are_named_in_the_message()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => JsonText.Parse("1", "x", JsonValueKind.Array, JsonValueKind.Object));

        Assert.Equal("x must be a JSON array or object", error.Message);
    }

    [Theory]
    [InlineData("[]", JsonValueKind.Array)]
    [InlineData("{\"a\":1}", JsonValueKind.Object)]
    [InlineData("\"15\"", JsonValueKind.String)]
    [InlineData("15", JsonValueKind.Number)]
    [InlineData("null", JsonValueKind.Null)]
    [InlineData("true", JsonValueKind.True)]
    public void Without_allowed_kinds_any_json_is_accepted_and_its_kind_known(string raw, JsonValueKind kind)
    {
        Assert.Equal(kind, JsonText.Parse(raw, "x").Kind);
    }

    [Fact]
    public void The_raw_text_is_kept_exactly_including_unknown_keys_spacing_and_string_numbers()
    {
        const string raw = "  {\"sets\" :[{\"reps\":\"15\",\"weight\": 20.50}],\n\t\"zzz_unknown\":{\"deep\":[null,1e2,\"\\u00e9\"]},\"a\":1}  ";

        var json = JsonText.Parse(raw, "data", JsonValueKind.Object);

        Assert.Equal(raw, json.Raw);
        Assert.Equal(raw, json.ToString());
        Assert.Equal(JsonValueKind.Object, json.Kind);
    }

    [Theory]
    [InlineData("[]", true)]
    [InlineData(" [ ] ", true)]
    [InlineData("{}", true)]
    [InlineData("null", true)]
    [InlineData("[null]", false)]
    [InlineData("{\"a\":null}", false)]
    [InlineData("\"\"", false)]
    [InlineData("0", false)]
    [InlineData("false", false)]
    public void Only_empty_arrays_empty_objects_and_null_mean_nothing(string raw, bool isEmpty)
    {
        Assert.Equal(isEmpty, JsonText.Parse(raw, "x").IsEmpty);
    }

    [Fact]
    public void Two_documents_are_equal_only_when_their_text_is()
    {
        Assert.Equal(JsonText.Parse("{\"a\":1}", "x"), JsonText.Parse("{\"a\":1}", "y"));
        Assert.NotEqual(JsonText.Parse("{\"a\":1}", "x"), JsonText.Parse("{ \"a\":1}", "x"));
    }
}
