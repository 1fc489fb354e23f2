using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using static FractalGoals.UnitTests.Domain.Activities.ActivityTestData;

namespace FractalGoals.UnitTests.Domain.Sessions;

public sealed class ActivityInstanceTests
{
    private readonly Goal _fractal;
    private readonly Goal _session;
    private readonly ActivityDefinition _activity;

    public ActivityInstanceTests()
    {
        _fractal = Fractal();
        _session = Session(_fractal);
        _activity = Activity(_fractal, Reps);
    }

    [Fact]
    public void Instance_keeps_the_client_id_and_takes_its_root_from_the_session()
    {
        var instance = ActivityInstance.Create(new ActivityInstanceId("1767200643898"), _session, _activity, Now);

        Assert.Equal("1767200643898", instance.Id.Value);
        Assert.Equal((_session.Id, _activity.Id, _fractal.Id), (instance.PracticeSessionId, instance.ActivityDefinitionId, instance.RootId));
        Assert.Equal((Now, Now), (instance.CreatedAt, instance.UpdatedAt));
        Assert.Equal((false, (string?)null, (string?)null, 0), (instance.Completed, instance.Notes, instance.Data, instance.SortOrder));
        Assert.Null(instance.TimeStart);
        Assert.Empty(instance.MetricValues);
    }

    [Fact]
    public void Instance_under_a_session_of_a_goal_tree_takes_the_fractal_as_root()
    {
        var shortTerm = _fractal.AddChild("LT", null, GoalType.LongTermGoal, null, Now)
            .AddChild("MT", null, GoalType.MidTermGoal, null, Now)
            .AddChild("ST", null, GoalType.ShortTermGoal, null, Now);
        var session = shortTerm.AddSession(new SessionDetails("Evening"), Now);

        Assert.Equal(_fractal.Id, ActivityInstance.Create(ActivityInstanceId.New(), session, _activity, Now).RootId);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" padded ")]
    public void Instance_id_must_be_plain_text(string id)
    {
        Assert.Equal("ids.invalid", Violation(() => _ = new ActivityInstanceId(id)).Code);
    }

    [Fact]
    public void Instance_for_activity_of_another_fractal_is_rejected()
    {
        var foreign = Activity(Fractal("Other"), Reps);

        var error = Violation(() => ActivityInstance.Create(ActivityInstanceId.New(), _session, foreign, Now));

        Assert.Equal(SessionRules.CrossFractal, error.Code);
    }

    [Fact]
    public void Instance_in_a_goal_that_is_not_a_session_is_rejected()
    {
        Assert.Equal(SessionRules.NotASession, Violation(() => ActivityInstance.Create(ActivityInstanceId.New(), _fractal, _activity, Now)).Code);
    }

    [Fact]
    public void Instance_in_a_deleted_session_is_rejected()
    {
        new GoalTree(_fractal, [_session]).Delete(_session.Id, Now);

        var error = Violation(() => ActivityInstance.Create(ActivityInstanceId.New(), _session, _activity, Now));

        Assert.Equal((SessionRules.SessionDeleted, "Practice session not found"), (error.Code, error.Message));
    }

    [Fact]
    public void Instance_of_a_retired_activity_is_rejected()
    {
        _activity.Delete(hasInstances: true, Now);

        Assert.Equal(SessionRules.ActivityDeleted, Violation(() => ActivityInstance.Create(ActivityInstanceId.New(), _session, _activity, Now)).Code);
    }

    [Fact]
    public void Completion_and_notes_bump_updated_at_only_on_a_real_change()
    {
        var instance = NewInstance();

        instance.SetCompleted(false, Later);
        instance.SetNotes(null, Later);
        Assert.Equal(Now, instance.UpdatedAt);

        instance.SetCompleted(true, Later);
        Assert.Equal((true, Later), (instance.Completed, instance.UpdatedAt));
        instance.SetNotes("Felt good", Latest);
        Assert.Equal(("Felt good", Latest), (instance.Notes, instance.UpdatedAt));
        instance.SetNotes(null, Latest);
        Assert.Null(instance.Notes);
    }

    [Fact]
    public void Overlong_notes_are_rejected()
    {
        var instance = NewInstance();

        Assert.Equal(SessionRules.NotesTooLong, Violation(() => instance.SetNotes(new string('n', TextRules.DescriptionMaxLength + 1), Later)).Code);
        instance.SetNotes(new string('n', TextRules.DescriptionMaxLength), Later);
        Assert.Equal(TextRules.DescriptionMaxLength, instance.Notes!.Length);
    }

    [Fact]
    public void Replacing_sets_on_empty_data_makes_an_object_with_the_sets_as_sent()
    {
        var instance = NewInstance();

        instance.ReplaceSets(Json("""[{"instance_id":"s1","completed":false,"metrics":[{"metric_id":"m1","value":"15"}]}]"""), Later);

        Assert.Equal("""{"sets":[{"instance_id":"s1","completed":false,"metrics":[{"metric_id":"m1","value":"15"}]}]}""", instance.Data);
        Assert.Equal(Later, instance.UpdatedAt);
    }

    [Fact]
    public void Replacing_sets_keeps_every_other_key_of_data()
    {
        var instance = NewInstance();
        Stored(instance, """{"sets":[1],"tempo":{"bpm":120.50,"note":"Übung"},"flags":[true,null]}""");

        instance.ReplaceSets(Json("""[{"value":"15"}]"""), Later);

        Assert.Equal("""{"sets":[{"value":"15"}],"tempo":{"bpm":120.50,"note":"Übung"},"flags":[true,null]}""", instance.Data);
    }

    [Fact]
    public void Replacing_sets_with_equal_sets_leaves_data_and_updated_at()
    {
        var instance = NewInstance();
        Stored(instance, """{ "sets": [ {"a": 1} ], "x": 2 }""");

        instance.ReplaceSets(Json("""[{"a":1}]"""), Later);

        Assert.Equal("""{ "sets": [ {"a": 1} ], "x": 2 }""", instance.Data);
        Assert.Equal(Now, instance.UpdatedAt);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("\"15\"")]
    [InlineData("3")]
    public void Sets_that_are_not_an_array_are_rejected(string sets)
    {
        var instance = NewInstance();

        Assert.Equal(SessionRules.SetsNotArray, Violation(() => instance.ReplaceSets(Json(sets), Later)).Code);
        Assert.Null(instance.Data);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{not json")]
    [InlineData("""{"x":1,"x":2}""")]
    public void Stored_data_that_is_not_an_object_is_never_overwritten(string stored)
    {
        var instance = NewInstance();
        Stored(instance, stored);

        Assert.Equal(SessionRules.DataNotObject, Violation(() => instance.ReplaceSets(Json("[]"), Later)).Code);
        Assert.Equal(stored, instance.Data);
    }

    [Fact]
    public void Stored_null_data_counts_as_an_empty_object()
    {
        var instance = NewInstance();
        Stored(instance, "null");

        instance.ReplaceSets(Json("[]"), Later);

        Assert.Equal("""{"sets":[]}""", instance.Data);
    }

    private ActivityInstance NewInstance() => ActivityInstance.Create(ActivityInstanceId.New(), _session, _activity, Now);

    private static JsonText Json(string raw) => JsonText.Parse(raw, "sets");

    // Rows read from the database can hold any data text; EF sets the property the same way.
    private static void Stored(ActivityInstance instance, string data) =>
        typeof(ActivityInstance).GetProperty(nameof(ActivityInstance.Data))!.SetValue(instance, data);
}
