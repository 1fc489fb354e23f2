using FractalGoals.Domain.Common;
using FractalGoals.Domain.Programs;
using static FractalGoals.UnitTests.Domain.Programs.ProgramWorld;

namespace FractalGoals.UnitTests.Domain.Programs;

public sealed class ProgramDayOperationsTests
{
    private readonly ProgramWorld _world = new();

    private TrainingProgram Program => _world.Program;

    [Fact]
    public void Adding_a_weekday_makes_one_day_per_matching_date_of_the_block()
    {
        _world.Sync(new BlockDraft(BlockId("A"), "Two weeks", WeekA, WeekA.AddDays(13), null));

        var days = Program.AddDays(BlockId("A"), "Heavy", DayOfWeek.Friday, [_world.Upper], cascade: false);

        Assert.Equal(new[] { new DateOnly(2026, 2, 6), new DateOnly(2026, 2, 13) }, days.Select(d => d.Date!.Value));
        Assert.Equal("1 2", string.Join(" ", days.Select(d => d.DayNumber)));
        Assert.All(days, d => Assert.Equal("Heavy", d.Name));
        Assert.All(days, d => Assert.Equal(new[] { _world.Upper.Id }, TemplateIds(d)));
        Assert.All(days.SelectMany(d => d.Sessions), s => Assert.False(s.IsCompleted));
    }

    [Fact]
    public void A_new_day_is_numbered_after_the_days_already_in_the_block()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper]), (DayOfWeek.Tuesday, [_world.Upper])));

        var day = Program.AddDays(BlockId("A"), "Extra", null, [], cascade: false).Single();

        Assert.Equal(3, day.DayNumber);
    }

    [Fact]
    public void Adding_without_a_weekday_makes_one_abstract_day()
    {
        _world.ThreeWeeks();

        var day = Program.AddDays(BlockId("A"), " Heavy ", null, [_world.Upper, _world.Lower], cascade: false).Single();

        Assert.Null(day.Date);
        Assert.Equal(1, day.DayNumber);
        Assert.Equal("Heavy", day.Name);
        Assert.Equal(new[] { _world.Upper.Id, _world.Lower.Id }, TemplateIds(day));
        Assert.Same(day, _world.Block("A").Days.Single());
    }

    [Fact]
    public void Adding_a_weekday_that_already_has_a_day_reuses_it_renames_it_and_adds_sessions_without_deduplication()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper])));
        var monday = _world.Block("A").Days.Single();

        var days = Program.AddDays(BlockId("A"), "Heavy Monday", DayOfWeek.Monday, [_world.Upper], cascade: false);

        Assert.Same(monday, days.Single());
        Assert.Equal("Heavy Monday", monday.Name);
        Assert.Equal(new[] { _world.Upper.Id, _world.Upper.Id }, TemplateIds(monday));
    }

    [Fact]
    public void A_reused_day_keeps_its_name_when_no_name_is_given()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper])));

        var day = Program.AddDays(BlockId("A"), "", DayOfWeek.Monday, [_world.Lower], cascade: false).Single();

        Assert.Equal("Monday", day.Name);
    }

    [Fact]
    public void Cascading_an_added_day_reaches_only_blocks_starting_later()
    {
        _world.Sync(Week("C", WeekC), Week("A", WeekA), Week("B", WeekB));   // inserted out of date order

        var days = Program.AddDays(BlockId("B"), "Heavy", DayOfWeek.Friday, [_world.Upper], cascade: true);

        Assert.Equal(new[] { WeekB.AddDays(4), WeekC.AddDays(4) }, days.Select(d => d.Date!.Value));
        Assert.Empty(_world.Block("A").Days);
        Assert.Single(_world.Block("C").Days);
    }

    [Fact]
    public void Without_cascade_only_the_given_block_gets_a_day()
    {
        _world.ThreeWeeks();

        Program.AddDays(BlockId("A"), "Heavy", null, [_world.Upper], cascade: false);

        Assert.Single(_world.Block("A").Days);
        Assert.Empty(_world.Block("B").Days);
    }

    [Fact]
    public void Adding_a_day_with_a_template_of_another_fractal_is_rejected_and_adds_nothing()
    {
        _world.ThreeWeeks();

        var error = Assert.Throws<DomainRuleViolationException>(() =>
            Program.AddDays(BlockId("A"), "Heavy", null, [_world.Upper, TemplateOf(OtherFractal())], cascade: true));

        Assert.Equal(ProgramRules.CrossFractal, error.Code);
        Assert.All(Program.Blocks, b => Assert.Empty(b.Days));
    }

    [Fact]
    public void Adding_a_day_with_a_deleted_template_is_rejected()
    {
        _world.ThreeWeeks();
        _world.Upper.Delete(Now);

        var error = Assert.Throws<DomainRuleViolationException>(() =>
            Program.AddDays(BlockId("A"), "Heavy", null, [_world.Upper], cascade: false));

        Assert.Equal(ProgramRules.TemplateDeleted, error.Code);
    }

    [Fact]
    public void Adding_a_day_to_an_unknown_block_is_rejected()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Program.AddDays(BlockId("nope"), "Heavy", null, [], cascade: false));

        Assert.Equal(ProgramRules.BlockNotFound, error.Code);
    }

    [Fact]
    public void UpdateDay_renames_and_renumbers_the_day()
    {
        _world.ThreeWeeks();
        var day = Program.AddDays(BlockId("A"), "Heavy", null, [_world.Upper], cascade: false).Single();
        var session = day.Sessions.Single();

        Program.UpdateDay(BlockId("A"), day.Id, new DayUpdate(Name: "Light", DayNumber: 4), cascade: false);

        Assert.Equal("Light", day.Name);
        Assert.Equal(4, day.DayNumber);
        Assert.Same(session, day.Sessions.Single());
    }

    [Fact]
    public void A_blank_name_in_an_update_clears_the_name()
    {
        _world.ThreeWeeks();
        var day = Program.AddDays(BlockId("A"), "Heavy", null, [], cascade: false).Single();

        Program.UpdateDay(BlockId("A"), day.Id, new DayUpdate(Name: ""), cascade: false);

        Assert.Null(day.Name);
    }

    [Fact]
    public void Replacing_a_days_templates_recreates_all_its_sessions()
    {
        _world.ThreeWeeks();
        var day = Program.AddDays(BlockId("A"), "Heavy", null, [_world.Upper], cascade: false).Single();
        var old = day.Sessions.Single();

        Program.UpdateDay(BlockId("A"), day.Id, new DayUpdate(Templates: [_world.Upper, _world.Lower]), cascade: false);

        Assert.Equal(new[] { _world.Upper.Id, _world.Lower.Id }, TemplateIds(day));
        Assert.DoesNotContain(old, day.Sessions);
        Assert.Equal("Heavy", day.Name);
    }

    [Fact]
    public void Cascading_an_update_reaches_the_same_numbered_day_of_later_blocks_only()
    {
        _world.ThreeWeeks();
        Program.AddDays(BlockId("A"), "Heavy", null, [_world.Upper], cascade: true);
        Program.AddDays(BlockId("C"), "Second", null, [_world.Upper], cascade: false);
        var dayB = _world.Block("B").Days.Single();

        Program.UpdateDay(BlockId("B"), dayB.Id, new DayUpdate(Name: "Light", Templates: [_world.Lower]), cascade: true);

        var (dayA, dayC1, dayC2) = (_world.Block("A").Days.Single(), _world.Block("C").Days[0], _world.Block("C").Days[1]);
        Assert.Equal(("Heavy", "Light", "Light", "Second"), (dayA.Name, dayB.Name, dayC1.Name, dayC2.Name));
        Assert.Equal(new[] { _world.Upper.Id }, TemplateIds(dayA));
        Assert.Equal(new[] { _world.Lower.Id }, TemplateIds(dayC1));
        Assert.Equal(new[] { _world.Upper.Id }, TemplateIds(dayC2));
    }

    [Fact]
    public void A_cascaded_update_follows_the_new_day_number()
    {
        _world.ThreeWeeks();
        Program.AddDays(BlockId("B"), "One", null, [], cascade: false);
        Program.AddDays(BlockId("B"), "Two", null, [], cascade: false);
        var dayA = Program.AddDays(BlockId("A"), "Heavy", null, [], cascade: false).Single();

        Program.UpdateDay(BlockId("A"), dayA.Id, new DayUpdate(Name: "Renamed", DayNumber: 2), cascade: true);

        Assert.Equal("One Renamed", string.Join(" ", _world.Block("B").Days.Select(d => d.Name)));
    }

    [Fact]
    public void A_day_number_below_one_is_rejected()
    {
        _world.ThreeWeeks();
        var day = Program.AddDays(BlockId("A"), "Heavy", null, [], cascade: false).Single();

        var error = Assert.Throws<DomainRuleViolationException>(() =>
            Program.UpdateDay(BlockId("A"), day.Id, new DayUpdate(Name: "Light", DayNumber: 0), cascade: false));

        Assert.Equal(ProgramRules.DayNumberInvalid, error.Code);
        Assert.Equal("Heavy", day.Name);
    }

    [Fact]
    public void Updating_a_day_with_a_template_of_another_fractal_is_rejected_and_keeps_the_sessions()
    {
        _world.ThreeWeeks();
        var day = Program.AddDays(BlockId("A"), "Heavy", null, [_world.Upper], cascade: false).Single();

        var error = Assert.Throws<DomainRuleViolationException>(() =>
            Program.UpdateDay(BlockId("A"), day.Id, new DayUpdate(Templates: [TemplateOf(OtherFractal())]), cascade: false));

        Assert.Equal(ProgramRules.CrossFractal, error.Code);
        Assert.Equal(new[] { _world.Upper.Id }, TemplateIds(day));
    }

    [Fact]
    public void A_day_addressed_through_another_block_is_not_found()
    {
        _world.ThreeWeeks();
        var day = Program.AddDays(BlockId("A"), "Heavy", null, [], cascade: false).Single();

        var error = Assert.Throws<DomainRuleViolationException>(() =>
            Program.UpdateDay(BlockId("B"), day.Id, new DayUpdate(Name: "Light"), cascade: false));

        Assert.Equal(ProgramRules.DayNotFound, error.Code);
        Assert.Equal("Day not found", error.Message);
        Assert.Null(Program.FindDay(BlockId("B"), day.Id));
        Assert.Same(day, Program.FindDay(BlockId("A"), day.Id));
    }

    [Fact]
    public void Copying_a_day_reaches_every_other_block_reusing_or_creating_the_same_numbered_day()
    {
        _world.ThreeWeeks();
        var source = Program.AddDays(BlockId("A"), "Heavy", null, [_world.Upper, _world.Lower], cascade: false).Single();
        var existing = Program.AddDays(BlockId("B"), "Old", null, [_world.Upper], cascade: false).Single();
        var oldSession = existing.Sessions.Single();

        var copies = Program.CopyDay(BlockId("A"), source.Id);

        Assert.Equal(2, copies.Count);
        Assert.Same(existing, copies[0]);
        Assert.Equal("Heavy", existing.Name);
        Assert.Equal(new[] { _world.Upper.Id, _world.Lower.Id }, TemplateIds(existing));
        Assert.DoesNotContain(oldSession, existing.Sessions);
        var created = _world.Block("C").Days.Single();
        Assert.Same(created, copies[1]);
        Assert.Equal((null, 1, "Heavy"), (created.Date, created.DayNumber, created.Name));
        Assert.Equal(new[] { _world.Upper.Id, _world.Lower.Id }, TemplateIds(created));
        Assert.Empty(created.Sessions.Select(s => s.Id).Intersect(source.Sessions.Select(s => s.Id)));
        Assert.Single(_world.Block("A").Days);
    }

    [Fact]
    public void Copying_a_day_into_its_own_block_too_keeps_its_templates()
    {
        _world.ThreeWeeks();
        var source = Program.AddDays(BlockId("A"), "Heavy", null, [_world.Upper], cascade: false).Single();

        var copies = Program.CopyDay(BlockId("A"), source.Id, includeSourceBlock: true);

        Assert.Equal(3, copies.Count);
        Assert.Same(source, copies[0]);
        Assert.Equal(new[] { _world.Upper.Id }, TemplateIds(source));
    }

    [Fact]
    public void Copying_an_unknown_day_is_rejected()
    {
        _world.ThreeWeeks();

        var error = Assert.Throws<DomainRuleViolationException>(() => Program.CopyDay(BlockId("A"), ProgramDayId.New()));

        Assert.Equal(ProgramRules.DayNotFound, error.Code);
        Assert.Equal("Source day not found", error.Message);
    }

    [Fact]
    public void Deleting_a_day_leaves_the_other_numbers_alone()
    {
        _world.Sync(Week("A", WeekA, (DayOfWeek.Monday, [_world.Upper]), (DayOfWeek.Tuesday, [_world.Upper]), (DayOfWeek.Wednesday, [_world.Upper])));
        var tuesday = _world.Block("A").Days[1];

        Program.DeleteDay(BlockId("A"), tuesday.Id);

        Assert.Equal("1 3", string.Join(" ", _world.Block("A").Days.Select(d => d.DayNumber)));
        Assert.Null(Program.FindDay(BlockId("A"), tuesday.Id));
    }

    [Fact]
    public void Deleting_an_unknown_day_is_rejected()
    {
        _world.ThreeWeeks();

        var error = Assert.Throws<DomainRuleViolationException>(() => Program.DeleteDay(BlockId("A"), ProgramDayId.New()));

        Assert.Equal(ProgramRules.DayNotFound, error.Code);
    }
}
