using FractalGoals.Domain.Common;

namespace FractalGoals.UnitTests.Domain.Common;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n")]
    public void A_missing_name_is_rejected_with_the_callers_code_and_message(string? value)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => TextRules.Name(value, "groups.name_required", "Name is required"));

        Assert.Equal("groups.name_required", error.Code);
        Assert.Equal("Name is required", error.Message);
    }

    [Fact]
    public void A_name_is_trimmed()
    {
        Assert.Equal("Warm Up", TextRules.Name("  Warm Up \t", "c", "m"));
    }

    [Fact]
    public void A_name_of_the_maximum_length_is_accepted_after_trimming()
    {
        var name = new string('n', TextRules.NameMaxLength);

        Assert.Equal(name, TextRules.Name($"  {name}  ", "c", "m"));
    }

    [Fact]
    public void An_overlong_name_is_rejected_with_a_derived_code()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => TextRules.Name(new string('n', 11), "c", "m", maxLength: 10));

        Assert.Equal("c_too_long", error.Code);
        Assert.Equal("Name must be at most 10 characters", error.Message);
    }

    [Fact]
    public void A_missing_description_becomes_empty()
    {
        Assert.Equal(string.Empty, TextRules.Description(null));
    }

    [Fact]
    public void A_description_is_kept_verbatim()
    {
        Assert.Equal("  two\nlines  ", TextRules.Description("  two\nlines  "));
    }

    [Fact]
    public void An_overlong_description_is_rejected()
    {
        Assert.Equal(new string('d', TextRules.DescriptionMaxLength), TextRules.Description(new string('d', TextRules.DescriptionMaxLength)));

        var error = Assert.Throws<DomainRuleViolationException>(() => TextRules.Description(new string('d', TextRules.DescriptionMaxLength + 1)));

        Assert.Equal("text.description_too_long", error.Code);
    }
}
