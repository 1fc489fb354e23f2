using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using static FractalGoals.UnitTests.Domain.Programs.ProgramWorld;

namespace FractalGoals.UnitTests.Domain.Programs;

public sealed class TrainingProgramTests
{
    private static readonly DateTime Feb1 = new(2026, 2, 1);
    private static readonly DateTime Feb28 = new(2026, 2, 28);

    private readonly ProgramWorld _world = new();

    private TrainingProgram Create(IReadOnlyCollection<Goal>? goals = null, DateTime? start = null, DateTime? end = null, string? name = "Winter Block", JsonText? schedule = null) =>
        TrainingProgram.Create(_world.Root, name, null, start ?? Feb1, end ?? Feb28, goals ?? [], schedule, Now);

    [Fact]
    public void Create_makes_an_active_program_of_the_roots_fractal()
    {
        var program = Create();

        Assert.Equal(_world.Root.Id, program.RootId);
        Assert.Equal("Winter Block", program.Name);
        Assert.Equal(string.Empty, program.Description);
        Assert.Equal(Feb1, program.StartDate);
        Assert.Equal(Feb28, program.EndDate);
        Assert.True(program.IsActive);
        Assert.Equal(Now, program.CreatedAt);
        Assert.Equal(Now, program.UpdatedAt);
        Assert.Empty(program.Blocks);
    }

    [Fact]
    public void A_program_without_goals_or_schedule_stores_empty_arrays()
    {
        var program = Create();

        Assert.Equal("[]", program.GoalIds);
        Assert.Equal("[]", program.WeeklySchedule);
    }

    [Fact]
    public void The_weekly_schedule_is_kept_as_the_exact_text_sent()
    {
        const string raw = """[{"id": "1767200643898", "startDate": "2026-01-04", "weeklySchedule": {"daily": []}, "x": "15"}]""";

        var program = Create(schedule: JsonText.Parse(raw, "weeklySchedule"));

        Assert.Equal(raw, program.WeeklySchedule);
    }

    [Fact]
    public void Selected_goals_are_stored_as_a_json_array_of_their_ids_in_order()
    {
        var (first, second) = (_world.NewGoal("Handstand"), _world.NewGoal("Planche"));

        var program = Create([second, first, second]);

        Assert.Equal($"[\"{second.Id}\",\"{first.Id}\"]", program.GoalIds);
    }

    [Fact]
    public void A_selected_goal_of_another_fractal_is_rejected()
    {
        var foreign = OtherFractal().AddChild("Scales", "", GoalType.LongTermGoal, null, Now);

        var error = Assert.Throws<DomainRuleViolationException>(() => Create([_world.NewGoal(), foreign]));

        Assert.Equal(ProgramRules.CrossFractal, error.Code);
        Assert.Equal("Goal not found", error.Message);
    }

    [Fact]
    public void A_deleted_selected_goal_is_rejected()
    {
        var goal = _world.NewGoal();
        new GoalTree(_world.Root, [goal]).Delete(goal.Id, Now);

        var error = Assert.Throws<DomainRuleViolationException>(() => Create([goal]));

        Assert.Equal(ProgramRules.GoalDeleted, error.Code);
    }

    [Fact]
    public void A_goal_deleted_after_it_was_selected_can_stay_selected_but_cannot_be_newly_selected()
    {
        var kept = _world.NewGoal("Kept");
        var other = _world.NewGoal("Other");
        var program = Create([kept]);
        new GoalTree(_world.Root, [kept, other]).Delete(kept.Id, Now);
        new GoalTree(_world.Root, [kept, other]).Delete(other.Id, Now);

        program.SelectGoals([kept], Later);
        var error = Assert.Throws<DomainRuleViolationException>(() => program.SelectGoals([kept, other], Later));

        Assert.Equal($"[\"{kept.Id}\"]", program.GoalIds);
        Assert.Equal(ProgramRules.GoalDeleted, error.Code);
    }

    [Fact]
    public void A_program_starting_after_it_ends_is_rejected()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Create(start: Feb28, end: Feb1));

        Assert.Equal(ProgramRules.StartAfterEnd, error.Code);
    }

    [Fact]
    public void A_program_of_one_day_is_accepted()
    {
        var program = Create(start: Feb1, end: Feb1);

        Assert.Equal(program.StartDate, program.EndDate);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_program_without_a_name_is_rejected(string? name)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => Create(name: name));

        Assert.Equal(ProgramRules.NameRequired, error.Code);
        Assert.Equal("Program name is required", error.Message);
    }

    [Fact]
    public void A_program_under_a_goal_that_is_not_a_fractal_root_is_rejected()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() =>
            TrainingProgram.Create(_world.NewGoal(), "Winter Block", "", Feb1, Feb28, [], null, Now));

        Assert.Equal(GoalRules.NotAFractalRoot, error.Code);
    }

    [Fact]
    public void A_program_under_a_deleted_fractal_is_rejected()
    {
        new GoalTree(_world.Root, []).Delete(_world.Root.Id, Now);

        var error = Assert.Throws<DomainRuleViolationException>(() => Create());

        Assert.Equal(GoalRules.Deleted, error.Code);
    }

    [Fact]
    public void Effective_changes_bump_updated_at()
    {
        var program = Create();

        program.Rename("Spring Block", Later);

        Assert.Equal("Spring Block", program.Name);
        Assert.Equal(Later, program.UpdatedAt);
    }

    [Fact]
    public void Changes_that_change_nothing_keep_updated_at()
    {
        var goal = _world.NewGoal();
        var program = Create([goal]);

        program.Rename("Winter Block", Later);
        program.Describe(null, Later);
        program.Reschedule(Feb1, Feb28, Later);
        program.SetActive(true, Later);
        program.SelectGoals([goal], Later);
        program.ReplaceWeeklySchedule(JsonText.Parse("[]", "weeklySchedule"), Later);

        Assert.Equal(Now, program.UpdatedAt);
    }

    [Fact]
    public void Rescheduling_to_start_after_the_end_is_rejected_and_keeps_the_dates()
    {
        var program = Create();

        var error = Assert.Throws<DomainRuleViolationException>(() => program.Reschedule(Feb28.AddDays(1), Feb28, Later));

        Assert.Equal(ProgramRules.StartAfterEnd, error.Code);
        Assert.Equal(Feb1, program.StartDate);
        Assert.Equal(Now, program.UpdatedAt);
    }

    [Fact]
    public void Reschedule_moves_both_dates()
    {
        var program = Create();

        program.Reschedule(new DateTime(2026, 3, 1), new DateTime(2026, 3, 31), Later);

        Assert.Equal(new DateTime(2026, 3, 1), program.StartDate);
        Assert.Equal(new DateTime(2026, 3, 31), program.EndDate);
        Assert.Equal(Later, program.UpdatedAt);
    }

    [Fact]
    public void SetActive_deactivates_the_program()
    {
        var program = Create();

        program.SetActive(false, Later);

        Assert.False(program.IsActive);
        Assert.Equal(Later, program.UpdatedAt);
    }

    [Fact]
    public void SelectGoals_replaces_the_selection_wholesale()
    {
        var (first, second) = (_world.NewGoal("Handstand"), _world.NewGoal("Planche"));
        var program = Create([first]);

        program.SelectGoals([second], Later);

        Assert.Equal($"[\"{second.Id}\"]", program.GoalIds);
        Assert.Equal(Later, program.UpdatedAt);
    }

    [Fact]
    public void Selecting_a_goal_of_another_fractal_is_rejected()
    {
        var program = Create();
        var foreign = OtherFractal();

        var error = Assert.Throws<DomainRuleViolationException>(() => program.SelectGoals([foreign], Later));

        Assert.Equal(ProgramRules.CrossFractal, error.Code);
        Assert.Equal("[]", program.GoalIds);
    }

    [Fact]
    public void A_replaced_weekly_schedule_is_kept_verbatim()
    {
        var program = Create();
        const string raw = """[ {"id":"1","startDate":"2026-02-02","endDate":"2026-02-08"} ]""";

        program.ReplaceWeeklySchedule(JsonText.Parse(raw, "weeklySchedule"), Later);

        Assert.Equal(raw, program.WeeklySchedule);
        Assert.Equal(Later, program.UpdatedAt);
    }

    [Fact]
    public void AttachGoal_appends_the_goal_id_to_the_block()
    {
        _world.ThreeWeeks();
        var goal = _world.NewGoal();

        var block = _world.Program.AttachGoal(BlockId("A"), goal);

        Assert.Same(_world.Block("A"), block);
        Assert.Equal($"[\"{goal.Id}\"]", block.GoalIds);
        Assert.Equal("[]", _world.Block("B").GoalIds);
    }

    [Fact]
    public void Attaching_the_same_goal_twice_lists_it_once()
    {
        _world.ThreeWeeks();
        var (first, second) = (_world.NewGoal("Handstand"), _world.NewGoal("Planche"));

        _world.Program.AttachGoal(BlockId("A"), first);
        _world.Program.AttachGoal(BlockId("A"), second);
        _world.Program.AttachGoal(BlockId("A"), first);

        Assert.Equal($"[\"{first.Id}\",\"{second.Id}\"]", _world.Block("A").GoalIds);
    }

    [Fact]
    public void Attaching_a_goal_of_another_fractal_is_rejected()
    {
        _world.ThreeWeeks();

        var error = Assert.Throws<DomainRuleViolationException>(() => _world.Program.AttachGoal(BlockId("A"), OtherFractal()));

        Assert.Equal(ProgramRules.CrossFractal, error.Code);
        Assert.Equal("[]", _world.Block("A").GoalIds);
    }

    [Fact]
    public void Attaching_a_deleted_goal_is_rejected()
    {
        _world.ThreeWeeks();
        var goal = _world.NewGoal();
        new GoalTree(_world.Root, [goal]).Delete(goal.Id, Now);

        var error = Assert.Throws<DomainRuleViolationException>(() => _world.Program.AttachGoal(BlockId("A"), goal));

        Assert.Equal(ProgramRules.GoalDeleted, error.Code);
    }

    [Fact]
    public void Attaching_a_goal_to_an_unknown_block_is_rejected()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => _world.Program.AttachGoal(BlockId("nope"), _world.NewGoal()));

        Assert.Equal(ProgramRules.BlockNotFound, error.Code);
        Assert.Equal("Block not found", error.Message);
    }
}
