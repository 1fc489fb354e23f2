using System.Text.Json.Nodes;
using FractalGoals.Application.Goals;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.UnitTests.Application.Goals;

/// <summary>Update bodies (contract #8, #15): only present keys apply; null means different things per field.</summary>
public sealed class GoalChangesTests
{
    private static readonly DateTime Now = new(2026, 1, 2, 9, 0, 0);
    private static readonly DateTime Later = Now.AddMinutes(5);

    private readonly Goal _goal = Goal.CreateFractal("Guitar", null, GoalType.UltimateGoal, Now)
        .AddChild("Long", "Why", GoalType.LongTermGoal, new DateOnly(2026, 5, 1), Now);

    public GoalChangesTests() => _goal.SetTargets(JsonText.Parse("""[{"id": "t"}]""", "targets"), Now);

    [Fact]
    public void An_empty_body_changes_nothing_and_does_not_bump_updated_at()
    {
        Apply("{}");

        Assert.Equal(("Long", "Why", Now), (_goal.Name, _goal.Description, _goal.UpdatedAt!.Value));
        Assert.NotNull(_goal.Deadline);
        Assert.NotNull(_goal.Targets);
    }

    [Fact]
    public void Null_name_is_ignored_but_null_deadline_and_targets_clear()
    {
        Apply("""{"name": null, "deadline": null, "targets": null}""");

        Assert.Equal("Long", _goal.Name);
        Assert.Null(_goal.Deadline);
        Assert.Null(_goal.Targets);
        Assert.Equal(Later, _goal.UpdatedAt);
    }

    [Fact]
    public void Null_description_clears_it_on_the_scoped_route_and_is_ignored_on_the_legacy_route()
    {
        Apply("""{"description": null}""", nullDescriptionIgnored: true);
        Assert.Equal("Why", _goal.Description);

        Apply("""{"description": null}""");
        Assert.Equal("", _goal.Description);
    }

    [Theory]
    [InlineData("2026-01-17")]
    [InlineData("2026-01-17T00:00:00")]
    [InlineData("2026-01-17T23:10:00.5")]
    public void Deadline_takes_the_date_part(string deadline)
    {
        Apply($$"""{"deadline": "{{deadline}}"}""");

        Assert.Equal(new DateTime(2026, 1, 17), _goal.Deadline);
    }

    [Fact]
    public void Targets_are_stored_with_their_values_untouched()
    {
        Apply("""{"targets": [{"id": "t2", "metrics": [{"metric_id": "m", "value": "15"}, {"metric_id": "n", "value": 7.31}]}]}""");

        Assert.Contains("\"value\":\"15\"", _goal.Targets, StringComparison.Ordinal);
        Assert.Contains("7.31", _goal.Targets, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"deadline": "17/01/2026"}""")]
    [InlineData("""{"deadline": 3}""")]
    [InlineData("""{"name": 42}""")]
    [InlineData("""{"name": "  "}""")]
    [InlineData("""{"description": []}""")]
    [InlineData("""{"targets": {}}""")]
    public void The_validator_rejects_wrong_kinds_and_formats(string json)
    {
        var result = new GoalChangesValidator().Validate(GoalChanges.From(JsonNode.Parse(json)!.AsObject()));

        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("""{"deadline": ""}""")]
    [InlineData("""{"deadline": null, "name": null, "description": null, "targets": null}""")]
    [InlineData("""{"targets": []}""")]
    public void The_validator_accepts_the_clearing_values(string json)
    {
        Assert.True(new GoalChangesValidator().Validate(GoalChanges.From(JsonNode.Parse(json)!.AsObject())).IsValid);
    }

    private void Apply(string json, bool nullDescriptionIgnored = false) =>
        GoalChanges.From(JsonNode.Parse(json)!.AsObject()).ApplyTo(_goal, Later, nullDescriptionIgnored);
}
