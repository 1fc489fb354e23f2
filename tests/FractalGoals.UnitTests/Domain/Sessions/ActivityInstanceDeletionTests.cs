using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using static FractalGoals.UnitTests.Domain.Activities.ActivityTestData;

namespace FractalGoals.UnitTests.Domain.Sessions;

/// <summary>Own delete and restore, and following the session's (or fractal's) delete (domain-rules §6.2).</summary>
public sealed class ActivityInstanceDeletionTests
{
    private readonly Goal _fractal;
    private readonly Goal _session;
    private readonly ActivityDefinition _activity;
    private readonly ActivityInstance _instance;

    public ActivityInstanceDeletionTests()
    {
        _fractal = Fractal();
        _session = Session(_fractal);
        _activity = Activity(_fractal, Reps);
        _instance = ActivityInstance.Create(ActivityInstanceId.New(), _session, _activity, Now);
    }

    public static TheoryData<string> Changes() =>
        ["start", "stop", "times", "completed", "notes", "sets", "value", "delete"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Deleted_instance_accepts_no_changes(string change)
    {
        _instance.StartTimer(Now);
        var slot = _activity.SlotFor(_activity.Metrics[0].Id, null);
        _instance.Delete(Now);
        Action act = change switch
        {
            "start" => () => _instance.StartTimer(Later),
            "stop" => () => _instance.StopTimer(Later),
            "times" => () => _instance.SetTimes(null, null, Later),
            "completed" => () => _instance.SetCompleted(true, Later),
            "notes" => () => _instance.SetNotes("x", Later),
            "sets" => () => _instance.ReplaceSets(JsonText.Parse("[]", "sets"), Later),
            "value" => () => _instance.RecordValue(slot, 1, Later),
            _ => () => _instance.Delete(Later),
        };

        var error = Violation(act);

        Assert.Equal((SessionRules.InstanceDeleted, "Activity instance not found"), (error.Code, error.Message));
        Assert.Equal((Now, (DateTime?)null, false, Now, Now), (_instance.TimeStart!.Value, _instance.TimeStop, _instance.Completed, _instance.UpdatedAt!.Value, _instance.DeletedAt!.Value));
        Assert.Null(_instance.Data);
        Assert.Empty(_instance.MetricValues);
    }

    [Fact]
    public void Restore_brings_back_an_own_delete()
    {
        _instance.Delete(Later);
        Assert.Equal(Later, _instance.DeletedAt);

        _instance.Restore(_session);

        Assert.False(_instance.IsDeleted);
    }

    [Fact]
    public void Restoring_a_live_instance_is_rejected()
    {
        Assert.Equal(SessionRules.InstanceNotDeleted, Violation(() => _instance.Restore(_session)).Code);
    }

    [Fact]
    public void Restore_needs_the_instance_own_session()
    {
        _instance.Delete(Later);

        Assert.Equal(SessionRules.NotOwnSession, Violation(() => _instance.Restore(Session(_fractal))).Code);
        Assert.True(_instance.IsDeleted);
    }

    [Fact]
    public void Restore_while_the_session_is_deleted_is_rejected()
    {
        var tree = new GoalTree(_fractal, [_session]);
        _instance.HideWith(tree.Delete(_session.Id, Later));

        Assert.Equal(SessionRules.SessionDeleted, Violation(() => _instance.Restore(_session)).Code);
        Assert.True(_instance.IsDeleted);
    }

    [Fact]
    public void Session_deletion_hides_the_instance_and_its_restoration_reveals_it()
    {
        var tree = new GoalTree(_fractal, [_session]);

        _instance.HideWith(tree.Delete(_session.Id, Later));
        Assert.Equal(Later, _instance.DeletedAt);

        _instance.RevealWith(tree.Restore(_session.Id));
        Assert.False(_instance.IsDeleted);
    }

    [Fact]
    public void Restore_of_the_session_brings_back_exactly_one_delete()
    {
        var deletedEarlier = ActivityInstance.Create(ActivityInstanceId.New(), _session, _activity, Now);
        deletedEarlier.Delete(Now);
        var tree = new GoalTree(_fractal, [_session]);

        var deletion = tree.Delete(_session.Id, Later);
        _instance.HideWith(deletion);
        deletedEarlier.HideWith(deletion);
        Assert.Equal(Now, deletedEarlier.DeletedAt);
        var restoration = tree.Restore(_session.Id);
        _instance.RevealWith(restoration);
        deletedEarlier.RevealWith(restoration);

        Assert.False(_instance.IsDeleted);
        Assert.Equal(Now, deletedEarlier.DeletedAt);
    }

    [Fact]
    public void Fractal_deletion_hides_instances_of_parentless_sessions_too()
    {
        var tree = new GoalTree(_fractal, [_session]);

        _instance.HideWith(tree.Delete(_fractal.Id, Later));

        Assert.Equal(Later, _instance.DeletedAt);
    }

    [Fact]
    public void Deleting_another_session_cannot_hide_the_instance()
    {
        var other = Session(_fractal);
        var tree = new GoalTree(_fractal, [_session, other]);

        var error = Violation(() => _instance.HideWith(tree.Delete(other.Id, Later)));

        Assert.Equal(SessionRules.SessionNotInDeletion, error.Code);
        Assert.False(_instance.IsDeleted);
    }

    [Fact]
    public void Restoring_another_session_cannot_reveal_the_instance()
    {
        var other = Session(_fractal);
        var tree = new GoalTree(_fractal, [_session, other]);
        _instance.HideWith(tree.Delete(_session.Id, Later));
        tree.Delete(other.Id, Later);

        Assert.Equal(SessionRules.SessionNotInDeletion, Violation(() => _instance.RevealWith(tree.Restore(other.Id))).Code);
        Assert.True(_instance.IsDeleted);
    }

    [Fact]
    public void Deleting_another_fractal_cannot_hide_the_instance()
    {
        Assert.Equal(GoalRules.CrossFractal, Violation(() => _instance.HideWith(DeleteFractal(Fractal("Other"), Later))).Code);
        Assert.False(_instance.IsDeleted);
    }
}
