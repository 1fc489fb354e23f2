using FractalGoals.Domain.Common;

namespace FractalGoals.UnitTests.Domain.Common;

public sealed class DomainRuleViolationExceptionTests
{
    [Fact]
    public void The_message_is_what_the_client_sees_and_the_code_is_kept()
    {
        var error = new DomainRuleViolationException("goals.not_next_level", "A NanoGoal cannot be a child of a UltimateGoal");

        Assert.Equal("goals.not_next_level", error.Code);
        Assert.Equal("A NanoGoal cannot be a child of a UltimateGoal", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_violation_always_has_a_code(string code)
    {
        Assert.ThrowsAny<ArgumentException>(() => new DomainRuleViolationException(code, "m"));
    }
}
