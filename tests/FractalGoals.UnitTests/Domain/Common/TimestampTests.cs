using FractalGoals.Domain.Common;

namespace FractalGoals.UnitTests.Domain.Common;

/// <summary>Stored datetimes are naive server-local with microsecond precision (domain-rules §2.2, §15.13).</summary>
public sealed class TimestampTests
{
    private static readonly DateTime Base = new(2026, 1, 2, 18, 5, 49, DateTimeKind.Unspecified);

    [Theory]
    [InlineData(4_039_300, 4_039_300)]
    [InlineData(4_039_301, 4_039_300)]
    [InlineData(4_039_309, 4_039_300)]
    [InlineData(9_999_999, 9_999_990)]
    [InlineData(0, 0)]
    public void Sub_microsecond_ticks_are_truncated(long ticks, long expected)
    {
        Assert.Equal(Base.AddTicks(expected), Timestamp.Naive(Base.AddTicks(ticks)));
    }

    [Fact]
    public void Normalising_twice_changes_nothing()
    {
        var once = Timestamp.Naive(Base.AddTicks(1_234_567));

        Assert.Equal(once, Timestamp.Naive(once));
    }

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void Local_and_unspecified_values_keep_their_wall_clock_and_lose_their_kind(DateTimeKind kind)
    {
        var value = DateTime.SpecifyKind(Base, kind);

        var naive = Timestamp.Naive(value);

        Assert.Equal(DateTimeKind.Unspecified, naive.Kind);
        Assert.Equal(Base.Ticks, naive.Ticks);
    }

    [Fact]
    public void A_utc_value_is_rejected()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Timestamp.Naive(DateTime.SpecifyKind(Base, DateTimeKind.Utc)));

        Assert.Equal("time.not_local", error.Code);
        Assert.Equal("time.not_local", Assert.Throws<DomainRuleViolationException>(() => Timestamp.Naive((DateTime?)DateTime.UtcNow)).Code);
    }

    [Fact]
    public void No_value_stays_no_value()
    {
        Assert.Null(Timestamp.Naive((DateTime?)null));
        Assert.Equal(Base, Timestamp.Naive((DateTime?)Base.AddTicks(5)));
    }
}
