using FractalGoals.Domain.Activities;
using static FractalGoals.UnitTests.Domain.Activities.ActivityTestData;

namespace FractalGoals.UnitTests.Domain.Activities;

public sealed class MetricSlotTests
{
    private readonly ActivityDefinition _squat = SplitActivity(Fractal());

    [Fact]
    public void Slot_names_the_activity_its_fractal_the_metric_and_the_split()
    {
        var (metric, split) = (_squat.Metrics[0].Id, _squat.Splits[1].Id);

        var slot = _squat.SlotFor(metric, split);

        Assert.Equal((_squat.Id, _squat.RootId, metric, (SplitDefinitionId?)split), (slot.ActivityId, slot.RootId, slot.MetricId, slot.SplitId));
    }

    [Fact]
    public void Slots_are_compared_by_value()
    {
        var metric = _squat.Metrics[0].Id;

        Assert.Equal(_squat.SlotFor(metric, null), _squat.SlotFor(metric, null));
        Assert.NotEqual(_squat.SlotFor(metric, null), _squat.SlotFor(metric, _squat.Splits[0].Id));
    }

    [Fact]
    public void Slot_for_a_metric_of_another_activity_is_rejected()
    {
        var other = Activity(Fractal(), Reps);

        Assert.Equal(ActivityRules.UnknownMetric, Violation(() => _squat.SlotFor(other.Metrics[0].Id, null)).Code);
    }

    [Fact]
    public void Slot_for_a_retired_metric_is_rejected()
    {
        var reps = _squat.Metrics[0].Id;
        _squat.RemoveMetric(reps, hasValues: true, Later);

        Assert.Equal(ActivityRules.MetricRetired, Violation(() => _squat.SlotFor(reps, null)).Code);
    }

    [Fact]
    public void Split_value_on_activity_without_splits_is_rejected()
    {
        var split = _squat.Splits[0].Id;
        _squat.SetHasSplits(false, Later);

        Assert.Equal(ActivityRules.SplitsNotEnabled, Violation(() => _squat.SlotFor(_squat.Metrics[0].Id, split)).Code);
    }

    [Fact]
    public void Slot_for_a_split_of_another_activity_is_rejected()
    {
        var foreignSplit = SplitActivity(Fractal()).Splits[0].Id;

        Assert.Equal(ActivityRules.UnknownSplit, Violation(() => _squat.SlotFor(_squat.Metrics[0].Id, foreignSplit)).Code);
    }

    [Fact]
    public void Slot_for_a_retired_split_is_rejected()
    {
        var left = _squat.Splits[0].Id;
        _squat.RemoveSplit(left, hasValues: true, Later);

        Assert.Equal(ActivityRules.SplitRetired, Violation(() => _squat.SlotFor(_squat.Metrics[0].Id, left)).Code);
    }

    [Fact]
    public void Split_activity_also_takes_a_value_without_split()
    {
        Assert.Null(_squat.SlotFor(_squat.Metrics[0].Id, null).SplitId);
    }

    [Fact]
    public void Slot_of_a_retired_activity_is_rejected()
    {
        var reps = _squat.Metrics[0].Id;
        _squat.Delete(hasInstances: true, Later);

        Assert.Equal(ActivityRules.Deleted, Violation(() => _squat.SlotFor(reps, null)).Code);
    }
}
