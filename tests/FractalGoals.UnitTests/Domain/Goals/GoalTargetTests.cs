using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using static FractalGoals.UnitTests.Domain.Goals.GoalFixtures;

namespace FractalGoals.UnitTests.Domain.Goals;

/// <summary>A goal's targets edited one at a time (ADR 0050): exact text kept, ids made where missing, the rules checked.</summary>
public sealed class GoalTargetTests
{
    private static readonly DateTime Later = Now.AddMinutes(5);

    [Theory]
    [InlineData("""{"activity_id": "a"}""", """{"id":"ID","activity_id": "a"}""")]
    [InlineData("""  {  "activity_id": "a" }  """, """  {"id":"ID",  "activity_id": "a" }  """)]
    [InlineData("""{"x": {"id": 1}, "id": null, "activity_id": "a"}""", """{"x": {"id": 1}, "id": "ID", "activity_id": "a"}""")]
    [InlineData("""{"name": "caf\u00e9 ☕", "activity_id": "a", "id" : null}""", """{"name": "caf\u00e9 ☕", "activity_id": "a", "id" : "ID"}""")]
    public void A_target_without_an_id_gets_a_uuid_written_where_the_id_goes_and_nothing_else_moves(string sent, string stored)
    {
        var target = GoalTarget.Parse(sent);

        Assert.True(Guid.TryParse(target.Id, out _));
        Assert.Equal(stored.Replace("ID", target.Id, StringComparison.Ordinal), target.Raw);
    }

    [Fact]
    public void A_target_with_an_id_is_kept_as_sent()
    {
        const string sent = """{"id": "t1", "activity_id": "a", "metrics": [{"metric_id": "m", "value": 1.50}], "more": [1]}""";

        var target = GoalTarget.Parse(sent);

        Assert.Equal(("t1", "a", sent), (target.Id, target.ActivityId, target.Raw));
        Assert.Equal(["m"], target.MetricIds);
    }

    [Theory]
    [InlineData("[]", "json.wrong_kind")]
    [InlineData("{", "json.invalid")]
    [InlineData("""{"id": true, "activity_id": "a"}""", GoalRules.TargetInvalid)]
    [InlineData("""{}""", GoalRules.TargetInvalid)]
    [InlineData("""{"activity_id": ["a"]}""", GoalRules.TargetInvalid)]
    [InlineData("""{"activity_id": "a", "name": {}}""", GoalRules.TargetInvalid)]
    [InlineData("""{"activity_id": "a", "metrics": "m"}""", GoalRules.TargetInvalid)]
    [InlineData("""{"activity_id": "a", "metrics": [{"metric_id": "m", "value": null}]}""", GoalRules.TargetInvalid)]
    public void A_target_of_the_wrong_shape_is_refused_with_a_code(string sent, string code) =>
        Assert.Equal(code, Assert.Throws<DomainRuleViolationException>(() => GoalTarget.Parse(sent)).Code);

    [Fact]
    public void Adding_appends_the_text_and_removing_keeps_the_others_text_and_the_last_one_clears_the_column()
    {
        var goal = GoalOfType(GoalType.MidTermGoal);
        goal.SetTargets(JsonText.Parse("""[ {"id":"a" , "k": 1} ]""", "Targets"), Now);

        goal.AddTarget(GoalTarget.Parse("""{"id": "b", "activity_id": "x"}"""), Later);

        Assert.Equal("""[{"id":"a" , "k": 1},{"id": "b", "activity_id": "x"}]""", goal.Targets);
        Assert.Equal(Later, goal.UpdatedAt);
        Assert.True(goal.HasTarget("b"));
        Assert.False(goal.RemoveTarget("c", Later));
        Assert.True(goal.RemoveTarget("a", Later));
        Assert.Equal("""[{"id": "b", "activity_id": "x"}]""", goal.Targets);
        Assert.True(goal.RemoveTarget("b", Later));
        Assert.Null(goal.Targets);
        Assert.False(goal.HasTarget("b"));
    }

    [Fact]
    public void A_taken_id_and_a_session_refuse_an_addition_and_stored_elements_that_are_not_targets_stay()
    {
        var goal = GoalOfType(GoalType.MidTermGoal);
        goal.AddTarget(GoalTarget.Parse("""{"id": "b", "activity_id": "x"}"""), Now);
        var session = GoalOfType(GoalType.PracticeSession);
        var odd = GoalOfType(GoalType.LongTermGoal);
        odd.SetTargets(JsonText.Parse("[1, \"two\"]", "Targets"), Now);

        Assert.Equal(GoalRules.TargetExists, Assert.Throws<DomainRuleViolationException>(() => goal.AddTarget(GoalTarget.Parse("""{"id": "b", "activity_id": "y"}"""), Later)).Code);
        Assert.Equal(GoalRules.SessionTargets, Assert.Throws<DomainRuleViolationException>(() => session.AddTarget(GoalTarget.Parse("""{"activity_id": "x"}"""), Later)).Code);
        odd.AddTarget(GoalTarget.Parse("""{"id": "c", "activity_id": "x"}"""), Later);   // elements that are not targets stay as they are
        Assert.Equal("""[1,"two",{"id": "c", "activity_id": "x"}]""", odd.Targets);
    }

    [Fact]
    public void An_activity_measures_a_target_of_its_own_fractal_with_its_live_metrics_only()
    {
        var root = Fractal();
        var goal = ShortTermUnder(root);
        var activity = ActivityDefinition.Create(root, new ActivityDetails("Scales", Metrics: [new MetricDraft("Reps", "n"), new MetricDraft("Kg", "kg")]), null, Now);
        var (reps, kg) = (activity.Metrics[0].Id.Value, activity.Metrics[1].Id.Value);
        activity.RemoveMetric(new MetricDefinitionId(kg), hasValues: true, Now);
        var other = ActivityDefinition.Create(Fractal(), new ActivityDetails("Other"), null, Now);

        activity.EnsureMeasures(goal, GoalTarget.Parse($$"""{"activity_id": "{{activity.Id}}", "metrics": [{"metric_id": "{{reps}}", "value": 3}]}"""));
        Assert.Equal(ActivityRules.UnknownMetric, Assert.Throws<DomainRuleViolationException>(() =>
            activity.EnsureMeasures(goal, GoalTarget.Parse($$"""{"activity_id": "{{activity.Id}}", "metrics": [{"metric_id": "{{kg}}", "value": 3}]}"""))).Code);
        Assert.Equal(ActivityRules.CrossFractal, Assert.Throws<DomainRuleViolationException>(() =>
            other.EnsureMeasures(goal, GoalTarget.Parse($$"""{"activity_id": "{{other.Id}}"}"""))).Code);
    }
}
