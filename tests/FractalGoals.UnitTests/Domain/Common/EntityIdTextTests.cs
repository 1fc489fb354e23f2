using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.UnitTests.Domain.Common;

/// <summary>Ids are opaque text; client-made ones need not be UUIDs (domain-rules §2.1).</summary>
public sealed class EntityIdTextTests
{
    [Theory]
    [InlineData("1767200643898")]
    [InlineData("2c848745-856e-4e3a-8b05-ebdd206de496")]
    [InlineData("nope")]
    [InlineData("a b")]
    public void Any_trimmed_printable_text_is_an_id(string value)
    {
        Assert.Equal(value, new GoalId(value).Value);
        Assert.Equal(value, new GoalId(value).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" x")]
    [InlineData("x ")]
    [InlineData("a\nb")]
    [InlineData("a\0b")]
    public void Blank_padded_or_control_text_is_not_an_id(string value)
    {
        Assert.Equal("ids.invalid", Assert.Throws<DomainRuleViolationException>(() => new GoalId(value)).Code);
    }

    [Fact]
    public void An_id_is_at_most_100_characters()
    {
        Assert.True(EntityIdText.IsValid(new string('a', EntityIdText.MaxLength)));
        Assert.False(EntityIdText.IsValid(new string('a', EntityIdText.MaxLength + 1)));
        Assert.False(EntityIdText.IsValid(null));
    }

    [Fact]
    public void A_new_id_is_a_lower_case_uuid_and_unique()
    {
        var first = GoalId.New();

        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first.Value);
        Assert.NotEqual(first, GoalId.New());
    }

    [Fact]
    public void Ids_with_the_same_text_are_equal()
    {
        Assert.Equal(new GoalId("1767200643898"), new GoalId("1767200643898"));
    }
}
