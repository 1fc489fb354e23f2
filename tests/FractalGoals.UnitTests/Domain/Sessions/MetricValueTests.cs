using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using static FractalGoals.UnitTests.Domain.Activities.ActivityTestData;

namespace FractalGoals.UnitTests.Domain.Sessions;

/// <summary>Recording metric values on an instance (domain-rules §3.8, §11, §15 item 9).</summary>
public sealed class MetricValueTests
{
    private readonly Goal _fractal;
    private readonly Goal _session;
    private readonly ActivityDefinition _squat;
    private readonly ActivityInstance _instance;

    public MetricValueTests()
    {
        _fractal = Fractal();
        _squat = SplitActivity(_fractal);
        _session = Session(_fractal);
        _instance = ActivityInstance.Create(ActivityInstanceId.New(), _session, _squat, Now);
    }

    private MetricDefinitionId RepsId => _squat.Metrics[0].Id;

    [Fact]
    public void Value_belongs_to_the_instance_and_its_fractal()
    {
        var left = _squat.Splits[0].Id;

        var value = _instance.RecordValue(_squat.SlotFor(RepsId, left), 12, Later);

        Assert.Equal((_instance.Id, _fractal.Id, RepsId, (SplitDefinitionId?)left, 12.0), (value.ActivityInstanceId, value.RootId, value.MetricDefinitionId, value.SplitDefinitionId, value.Value));
        Assert.Equal((Later, Later), (value.CreatedAt, value.UpdatedAt));
        Assert.Equal([value], _instance.MetricValues);
        Assert.Equal(Now, _instance.UpdatedAt);   // a value is its own row; the instance row is untouched
    }

    [Fact]
    public void Metric_value_for_metric_of_another_activity_is_rejected()
    {
        var other = Activity(_fractal, Reps);

        var error = Violation(() => _instance.RecordValue(other.SlotFor(other.Metrics[0].Id, null), 5, Later));

        Assert.Equal((SessionRules.MetricNotOnActivity, "Metric does not belong to this activity"), (error.Code, error.Message));
        Assert.Empty(_instance.MetricValues);
    }

    [Fact]
    public void Metric_value_for_metric_of_another_fractal_is_rejected()
    {
        var foreign = Activity(Fractal("Other"), Reps);

        Assert.Equal(SessionRules.CrossFractal, Violation(() => _instance.RecordValue(foreign.SlotFor(foreign.Metrics[0].Id, null), 5, Later)).Code);
        Assert.Empty(_instance.MetricValues);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_value_is_rejected(double value)
    {
        var error = Violation(() => _instance.RecordValue(_squat.SlotFor(RepsId, null), value, Later));

        Assert.Equal(SessionRules.NonFiniteValue, error.Code);
        Assert.Empty(_instance.MetricValues);
    }

    [Fact]
    public void Second_value_for_same_slot_updates_in_place()
    {
        var first = _instance.RecordValue(_squat.SlotFor(RepsId, null), 12, Now);

        var second = _instance.RecordValue(_squat.SlotFor(RepsId, null), 15, Later);

        Assert.Same(first, second);
        Assert.Single(_instance.MetricValues);
        Assert.Equal((15.0, Now, Later), (first.Value, first.CreatedAt, first.UpdatedAt));
    }

    [Fact]
    public void Recording_the_same_value_again_leaves_updated_at()
    {
        var value = _instance.RecordValue(_squat.SlotFor(RepsId, null), 12, Now);

        _instance.RecordValue(_squat.SlotFor(RepsId, null), 12, Later);

        Assert.Equal(Now, value.UpdatedAt);
    }

    [Fact]
    public void Each_split_and_no_split_are_separate_slots()
    {
        var (left, right) = (_squat.Splits[0].Id, _squat.Splits[1].Id);

        _instance.RecordValue(_squat.SlotFor(RepsId, left), 10, Now);
        _instance.RecordValue(_squat.SlotFor(RepsId, right), 8, Now);
        _instance.RecordValue(_squat.SlotFor(RepsId, null), 18, Now);
        _instance.RecordValue(_squat.SlotFor(RepsId, right), 9, Later);

        Assert.Equal([(left, 10.0), (right, 9.0), ((SplitDefinitionId?)null, 18.0)],
            _instance.MetricValues.Select(v => (v.SplitDefinitionId, v.Value)));
    }

    [Fact]
    public void Deleted_instance_accepts_no_values()
    {
        var slot = _squat.SlotFor(RepsId, null);
        _instance.Delete(Now);

        Assert.Equal(SessionRules.InstanceDeleted, Violation(() => _instance.RecordValue(slot, 5, Later)).Code);
        Assert.Empty(_instance.MetricValues);
    }

    [Fact]
    public void Instance_hidden_with_its_session_accepts_no_values()
    {
        var slot = _squat.SlotFor(RepsId, null);
        _instance.HideWith(new GoalTree(_fractal, [_session]).Delete(_session.Id, Later));

        Assert.Equal(SessionRules.InstanceDeleted, Violation(() => _instance.RecordValue(slot, 5, Latest)).Code);
    }
}
