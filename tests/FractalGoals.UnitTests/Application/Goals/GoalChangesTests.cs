using FractalGoals.Application.Common;
using FractalGoals.Application.Goals;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.UnitTests.Application.Goals;

/// <summary>
/// Update bodies (contract #8, #15) as the API reads them: only present fields apply; null means different things per
/// field; a wrong type arrives as <see cref="Patch{T}.WrongType"/> for the validator's message.
/// </summary>
public sealed class GoalChangesTests
{
    private static readonly DateTime Now = new(2026, 1, 2, 9, 0, 0);
    private static readonly DateTime Later = Now.AddMinutes(5);
    private static readonly Patch<string> Null = Patch<string>.Of(null);
    private static readonly Patch<string> WrongType = Patch<string>.WrongType;

    private readonly Goal _goal = Goal.CreateFractal("Guitar", null, GoalType.UltimateGoal, Now)
        .AddChild("Long", "Why", GoalType.LongTermGoal, new DateOnly(2026, 5, 1), Now);

    public GoalChangesTests() => _goal.SetTargets(JsonText.Parse("""[{"id": "t"}]""", "targets"), Now);

    // Cases by name: xUnit cannot serialise a GoalChanges into a test case.
    private static readonly Dictionary<string, GoalChanges> Cases = new()
    {
        ["unparseable deadline"] = Changes(deadline: Of("17/01/2026")),
        ["deadline of the wrong type"] = Changes(deadline: WrongType),
        ["name of the wrong type"] = Changes(name: WrongType),
        ["blank name"] = Changes(name: Of("  ")),
        ["description of the wrong type"] = Changes(description: WrongType),
        ["targets of the wrong type"] = Changes(targets: WrongType),
        ["empty deadline"] = Changes(deadline: Of("")),
        ["every field null"] = Changes(Null, Null, Null, Null),
        ["empty targets"] = Changes(targets: Of("[]")),
    };

    [Fact]
    public void An_empty_body_changes_nothing_and_does_not_bump_updated_at()
    {
        Changes().ApplyTo(_goal, Later, nullDescriptionIgnored: false);

        Assert.Equal(("Long", "Why", Now), (_goal.Name, _goal.Description, _goal.UpdatedAt!.Value));
        Assert.NotNull(_goal.Deadline);
        Assert.NotNull(_goal.Targets);
    }

    [Fact]
    public void Null_name_is_ignored_but_null_deadline_and_targets_clear()
    {
        Changes(name: Null, deadline: Null, targets: Null).ApplyTo(_goal, Later, nullDescriptionIgnored: false);

        Assert.Equal("Long", _goal.Name);
        Assert.Null(_goal.Deadline);
        Assert.Null(_goal.Targets);
        Assert.Equal(Later, _goal.UpdatedAt);
    }

    [Fact]
    public void Null_description_clears_it_on_the_scoped_route_and_is_ignored_on_the_legacy_route()
    {
        Changes(description: Null).ApplyTo(_goal, Later, nullDescriptionIgnored: true);
        Assert.Equal("Why", _goal.Description);

        Changes(description: Null).ApplyTo(_goal, Later, nullDescriptionIgnored: false);
        Assert.Equal("", _goal.Description);
    }

    [Theory]
    [InlineData("2026-01-17")]
    [InlineData("2026-01-17T00:00:00")]
    [InlineData("2026-01-17T23:10:00.5")]
    public void Deadline_takes_the_date_part(string deadline)
    {
        Changes(deadline: Of(deadline)).ApplyTo(_goal, Later, nullDescriptionIgnored: false);

        Assert.Equal(new DateTime(2026, 1, 17), _goal.Deadline);
    }

    [Fact]
    public void Targets_are_stored_as_the_text_sent()
    {
        const string targets = """[{"id": "t2", "metrics": [{"metric_id": "m", "value": "15"}, {"metric_id": "n", "value": 7.31}]}]""";

        Changes(targets: Of(targets)).ApplyTo(_goal, Later, nullDescriptionIgnored: false);

        Assert.Equal(targets, _goal.Targets);
    }

    [Theory]
    [InlineData("unparseable deadline", "Invalid deadline format. Use YYYY-MM-DD")]
    [InlineData("deadline of the wrong type", "Invalid deadline format. Use YYYY-MM-DD")]
    [InlineData("name of the wrong type", "Name must be a string")]
    [InlineData("blank name", "Goal name is required")]
    [InlineData("description of the wrong type", "Description must be a string")]
    [InlineData("targets of the wrong type", "Targets must be a JSON array")]
    public void The_validator_rejects_wrong_types_and_formats_with_the_fields_message(string kase, string message)
    {
        var result = new GoalChangesValidator().Validate(Cases[kase]);

        Assert.Equal(message, Assert.Single(result.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("empty deadline")]
    [InlineData("every field null")]
    [InlineData("empty targets")]
    public void The_validator_accepts_the_clearing_values(string kase) =>
        Assert.True(new GoalChangesValidator().Validate(Cases[kase]).IsValid);

    private static Patch<string> Of(string value) => Patch<string>.Of(value);

    private static GoalChanges Changes(Patch<string> name = default, Patch<string> description = default, Patch<string> deadline = default, Patch<string> targets = default) =>
        new(name, description, deadline, targets);
}
