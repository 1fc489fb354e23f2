using FractalGoals.Domain.Common;
using FractalGoals.Domain.Programs;

namespace FractalGoals.UnitTests.Domain.Programs;

public sealed class ProgramBlockTests
{
    private static readonly DateOnly Monday = new(2026, 2, 2);

    private readonly ProgramBlock _block = new(new ProgramBlockId("1767200643898"), ProgramId.New(), "Block 1", Monday, Monday.AddDays(6), "#3A86FF");

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void A_day_outside_the_blocks_dates_is_rejected(int offset)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => _block.AddDay(Monday.AddDays(offset), 1, "Out"));

        Assert.Equal(ProgramRules.DayOutsideBlock, error.Code);
        Assert.Empty(_block.Days);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_day_on_the_blocks_first_or_last_date_is_accepted(int offset)
    {
        var day = _block.AddDay(Monday.AddDays(offset), 1, null);

        Assert.Equal(Monday.AddDays(offset), day.Date);
        Assert.Equal(_block.Id, day.BlockId);
    }

    [Fact]
    public void Days_are_ordered_by_number_with_unnumbered_days_first_and_ties_in_insertion_order()
    {
        var third = _block.AddDay(null, 3, "third");
        var firstA = _block.AddDay(null, 1, "first a");
        var unnumbered = _block.AddDay(null, null, "unnumbered");
        var firstB = _block.AddDay(null, 1, "first b");

        Assert.Equal(new[] { unnumbered, firstA, firstB, third }, _block.Days);
    }

    [Fact]
    public void A_block_keeps_a_client_supplied_id()
    {
        Assert.Equal("1767200643898", _block.Id.Value);
    }

    [Fact]
    public void A_day_name_longer_than_a_name_may_be_is_rejected()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => _block.AddDay(null, 1, new string('x', TextRules.NameMaxLength + 1)));

        Assert.Equal(ProgramRules.DayNameTooLong, error.Code);
    }

    [Fact]
    public void Dates_cover_the_range_inclusively()
    {
        Assert.Equal(7, _block.Dates.Count());
        Assert.Equal(Monday.AddDays(6), _block.Dates.Last());
    }
}
