using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.UnitTests.Domain.Goals;

/// <summary>How a dependant row follows its owner's delete and restore (domain-rules §6.2).</summary>
public sealed class SoftDeleteStampTests
{
    private static readonly DateTime Earlier = new(2026, 1, 1, 9, 0, 0);
    private static readonly DateTime At = new(2026, 1, 2, 9, 0, 0);

    [Fact]
    public void Hiding_a_live_row_stamps_it_with_the_owners_instant()
    {
        Assert.Equal(At, SoftDeleteStamp.Hide(null, At));
    }

    [Fact]
    public void Hiding_a_row_deleted_earlier_keeps_its_own_stamp()
    {
        Assert.Equal(Earlier, SoftDeleteStamp.Hide(Earlier, At));
    }

    [Fact]
    public void Revealing_clears_only_a_row_carrying_the_same_stamp()
    {
        Assert.Null(SoftDeleteStamp.Reveal(At, At));
        Assert.Equal(Earlier, SoftDeleteStamp.Reveal(Earlier, At));
        Assert.Null(SoftDeleteStamp.Reveal(null, At));
    }

    [Fact]
    public void A_row_hidden_and_revealed_with_one_stamp_ends_as_it_began()
    {
        Assert.Null(SoftDeleteStamp.Reveal(SoftDeleteStamp.Hide(null, At), At));
        Assert.Equal(Earlier, SoftDeleteStamp.Reveal(SoftDeleteStamp.Hide(Earlier, At), At));
    }

    [Fact]
    public void A_row_of_another_fractal_cannot_follow_a_delete()
    {
        var row = new Row(GoalId.New());

        SoftDeleteStamp.EnsureSameFractal(row, row.RootId);
        var error = Assert.Throws<DomainRuleViolationException>(() => SoftDeleteStamp.EnsureSameFractal(row, GoalId.New()));

        Assert.Equal(GoalRules.CrossFractal, error.Code);
    }

    private sealed record Row(GoalId RootId) : IRootScoped;
}
