using FractalGoals.Domain.Common;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Templates;
using FsCheck;
using FsCheck.Fluent;
using static FractalGoals.UnitTests.Domain.Programs.ProgramWorld;

namespace FractalGoals.UnitTests.Domain.Programs;

public sealed class ScheduleSyncTests
{
    private readonly ProgramWorld _world = new();

    private TrainingProgram Program => _world.Program;

    [Fact]
    public void Sync_creates_blocks_in_spec_order_with_client_supplied_ids()
    {
        _world.Sync(Week("1767300000000", WeekB), Week("1767200643898", WeekA));

        Assert.Equal("1767300000000 1767200643898", BlockIds());
        var block = Program.Blocks[0];
        Assert.Equal(Program.Id, block.ProgramId);
        Assert.Equal("Block 1767300000000", block.Name);
        Assert.Equal(WeekB, block.StartDate);
        Assert.Equal(WeekB.AddDays(6), block.EndDate);
        Assert.Equal("#3A86FF", block.Color);
        Assert.Equal("[]", block.GoalIds);
    }

    [Fact]
    public void A_spec_without_id_or_name_makes_a_block_named_Block_with_a_server_id()
    {
        Program.SyncBlocks([new BlockDraft(null, " ", WeekA, WeekA.AddDays(6), null)], _world.Templates);

        var block = Assert.Single(Program.Blocks);
        Assert.Equal(ProgramBlock.DefaultName, block.Name);
        Assert.True(Guid.TryParse(block.Id.Value, out _));
        Assert.Null(block.Color);
    }

    [Fact]
    public void Sync_creates_no_days_for_dates_without_templates()
    {
        _world.Sync(Week("A", WeekA));

        Assert.Empty(_world.Block("A").Days);
    }

    [Fact]
    public void Sync_creates_a_day_only_for_dates_whose_weekday_has_templates()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Wednesday, [_world.Upper, _world.Lower])));

        var day = Assert.Single(_world.Block("A").Days);
        Assert.Equal(new DateOnly(2026, 2, 4), day.Date);
        Assert.Equal(3, day.DayNumber);
        Assert.Equal("Wednesday", day.Name);
        Assert.Null(day.Notes);
        Assert.Equal(new[] { _world.Upper.Id, _world.Lower.Id }, TemplateIds(day));
        Assert.All(day.Sessions, s => Assert.Equal(day.Id, s.DayId));
        Assert.All(day.Sessions, s => Assert.False(s.IsCompleted));
        Assert.All(day.Sessions, s => Assert.Null(s.CompletionData));
    }

    [Fact]
    public void A_template_listed_twice_for_a_weekday_is_scheduled_once()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper, _world.Upper])));

        Assert.Equal(new[] { _world.Upper.Id }, TemplateIds(_world.Block("A").Days.Single()));
    }

    [Fact]
    public void Syncing_the_same_specs_again_changes_nothing()
    {
        var draft = Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper]), (DayOfWeek.Friday, [_world.Lower]));
        _world.Sync(draft);
        var before = _world.Block("A").Days.SelectMany(d => d.Sessions).Select(s => s.Id).ToList();

        _world.Sync(draft);

        Assert.Equal(before, _world.Block("A").Days.SelectMany(d => d.Sessions).Select(s => s.Id));
        Assert.Equal(2, _world.Block("A").Days.Count);
    }

    [Fact]
    public void Sync_keeps_sessions_of_listed_templates_adds_missing_ones_and_removes_the_rest()
    {
        var extra = _world.Template("Core");
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper, _world.Lower])));
        var kept = _world.Block("A").Days.Single().Sessions.Single(s => s.SessionTemplateId == _world.Upper.Id);

        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [extra, _world.Upper])));

        var day = _world.Block("A").Days.Single();
        Assert.Equal(new[] { _world.Upper.Id, extra.Id }, TemplateIds(day));
        Assert.Same(kept, day.Sessions[0]);
    }

    [Fact]
    public void An_existing_day_whose_weekday_lost_its_templates_stays_but_loses_its_sessions()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper])));
        var day = _world.Block("A").Days.Single();

        _world.Sync(Week("A", WeekA));

        Assert.Same(day, _world.Block("A").Days.Single());
        Assert.Empty(day.Sessions);
    }

    [Fact]
    public void Moving_a_blocks_start_renumbers_its_dated_days_by_position()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Wednesday, [_world.Upper])));
        var day = _world.Block("A").Days.Single();

        _world.Sync(Week("A", WeekA.AddDays(-2), (DayOfWeek.Wednesday, [_world.Upper])));

        Assert.Equal(5, day.DayNumber);
        Assert.Single(_world.Block("A").Days);
    }

    [Fact]
    public void Sync_leaves_abstract_days_and_days_outside_the_new_range_alone()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Sunday, [_world.Upper])));
        var sunday = _world.Block("A").Days.Single();
        var abstractDay = Program.AddDays(BlockId("A"), "Heavy", null, [_world.Lower], cascade: false).Single();

        _world.Sync(new BlockDraft(BlockId("A"), "Short", WeekA, WeekA.AddDays(2), "#FF006E"));

        var block = _world.Block("A");
        Assert.Equal(new[] { abstractDay, sunday }, block.Days);
        Assert.Equal(new[] { _world.Upper.Id }, TemplateIds(sunday));
        Assert.Equal(new[] { _world.Lower.Id }, TemplateIds(abstractDay));
        Assert.Equal(7, sunday.DayNumber);
    }

    [Fact]
    public void Sync_updates_an_existing_block_in_place()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper])), Week("B", WeekB));
        var block = _world.Block("A");

        _world.Sync(new BlockDraft(BlockId("A"), "Deload", WeekA, WeekA.AddDays(13), "#FB5607", Weekdays(DayOfWeek.Monday, _world.Upper)), Week("B", WeekB));

        Assert.Same(block, Program.Blocks[0]);
        Assert.Equal("Deload", block.Name);
        Assert.Equal(WeekA.AddDays(13), block.EndDate);
        Assert.Equal("#FB5607", block.Color);
        Assert.Equal("1 8", string.Join(" ", block.Days.Select(d => d.DayNumber)));
    }

    [Fact]
    public void Blocks_missing_from_the_specs_are_removed_with_their_days()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper])), Week("B", WeekB), Week("C", WeekC));

        _world.Sync(Week("B", WeekB));

        Assert.Equal("B", BlockIds());
    }

    [Fact]
    public void Sync_does_not_touch_the_programs_updated_at()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper])));

        Assert.Equal(Now, Program.UpdatedAt);
    }

    [Fact]
    public void A_template_of_another_fractal_is_rejected_and_nothing_changes()
    {
        _world.Sync(Week("A", WeekA));
        var foreign = TemplateOf(OtherFractal());
        _world.Templates[foreign.Id] = foreign;

        var error = Assert.Throws<DomainRuleViolationException>(() =>
            _world.Sync(Week("B", WeekB), Week("C", WeekC, (DayOfWeek.Monday, [foreign]))));

        Assert.Equal(ProgramRules.CrossFractal, error.Code);
        Assert.Equal("Template not found", error.Message);
        Assert.Equal("A", BlockIds());
    }

    [Fact]
    public void A_template_deleted_after_it_was_scheduled_can_stay_in_the_resent_schedule()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Lower])));
        var scheduled = Program.Blocks[0].Days[0].Sessions[0];
        _world.Lower.Delete(Now);

        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Lower])));

        Assert.Same(scheduled, Program.Blocks[0].Days[0].Sessions.Single());
    }

    [Fact]
    public void A_deleted_template_the_program_does_not_hold_yet_is_rejected_when_another_one_is_kept()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper])));
        _world.Lower.Delete(Now);

        var error = Assert.Throws<DomainRuleViolationException>(() =>
            _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper]), (DayOfWeek.Tuesday, [_world.Lower]))));

        Assert.Equal(ProgramRules.TemplateDeleted, error.Code);
        Assert.Single(Program.Blocks[0].Days);
    }

    [Fact]
    public void A_deleted_template_is_rejected()
    {
        _world.Lower.Delete(Now);

        var error = Assert.Throws<DomainRuleViolationException>(() => _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Lower]))));

        Assert.Equal(ProgramRules.TemplateDeleted, error.Code);
        Assert.Empty(Program.Blocks);
    }

    [Fact]
    public void A_template_that_was_not_supplied_is_rejected()
    {
        var draft = Week("A", WeekA) with { Weekdays = new Dictionary<DayOfWeek, IReadOnlyList<SessionTemplateId>> { [DayOfWeek.Monday] = [SessionTemplateId.New()] } };

        var error = Assert.Throws<DomainRuleViolationException>(() => _world.Sync(draft));

        Assert.Equal(ProgramRules.TemplateNotFound, error.Code);
    }

    [Fact]
    public void A_block_starting_after_it_ends_is_rejected()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() =>
            _world.Sync(new BlockDraft(BlockId("A"), "Block", WeekA.AddDays(1), WeekA, null)));

        Assert.Equal(ProgramRules.BlockStartAfterEnd, error.Code);
        Assert.Empty(Program.Blocks);
    }

    [Fact]
    public void Specs_repeating_a_block_id_are_rejected()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => _world.Sync(Week("A", WeekA), Week("A", WeekB)));

        Assert.Equal(ProgramRules.DuplicateBlockId, error.Code);
        Assert.Empty(Program.Blocks);
    }

    [Fact]
    public void Every_synced_day_lies_in_its_block_and_holds_exactly_its_weekdays_templates()
    {
        Prop.ForAll<byte, byte>((weekdayMask, length) =>
        {
            var world = new ProgramWorld();
            var busy = Enum.GetValues<DayOfWeek>().Where(d => (weekdayMask & (1 << (int)d)) != 0).ToList();
            var end = WeekA.AddDays(length % 30);
            world.Program.SyncBlocks(
                [new BlockDraft(BlockId("A"), "A", WeekA, end, null, busy.ToDictionary(d => d, _ => (IReadOnlyList<SessionTemplateId>)[world.Upper.Id]))],
                world.Templates);

            var days = world.Block("A").Days;
            var expected = world.Block("A").Dates.Where(d => busy.Contains(d.DayOfWeek)).ToList();
            return days.Select(d => d.Date!.Value).SequenceEqual(expected)
                && days.All(d => d.Date >= WeekA && d.Date <= end && d.DayNumber == d.Date.Value.DayNumber - WeekA.DayNumber + 1)
                && days.All(d => TemplateIds(d).SequenceEqual([world.Upper.Id]));
        }).QuickCheckThrowOnFailure();
    }

    private string BlockIds() => string.Join(" ", Program.Blocks.Select(b => b.Id.Value));

    private static Dictionary<DayOfWeek, IReadOnlyList<SessionTemplateId>> Weekdays(DayOfWeek day, SessionTemplate template) =>
        new() { [day] = [template.Id] };
}
