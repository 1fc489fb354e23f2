using FractalGoals.Application.Activities;
using FractalGoals.Application.Common.Mapping;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using MapsterMapper;

namespace FractalGoals.UnitTests.Application;

public sealed class ActivitiesMappingTests
{
    private static readonly DateTime Now = new(2026, 1, 2, 12, 20, 53);

    private readonly Mapper _mapper = new(MappingConfig.Create());

    [Fact]
    public void An_activity_lists_only_its_live_metrics_and_its_splits_by_order()
    {
        var root = Goal.CreateFractal("Calisthenics", null, GoalType.UltimateGoal, Now);
        var group = ActivityGroup.Create(root, "Legs", null, 1, Now);
        var activity = ActivityDefinition.Create(root, new ActivityDetails("Single Leg Squat", HasSplits: true,
            Metrics: [new MetricDraft("Reps", "Count"), new MetricDraft("Depth", "cm")], Splits: [new SplitDraft("Left"), new SplitDraft("Right")]), group, Now);
        var (reps, depth) = (activity.Metrics[0], activity.Metrics[1]);
        var (left, right) = (activity.Splits[0], activity.Splits[1]);
        activity.ReconcileMetrics([new MetricDraft("Reps", "Count", Id: reps.Id)], hasValues: _ => true, Now);
        activity.ReconcileSplits([new SplitDraft("Right", right.Id), new SplitDraft("Left", left.Id)], hasValues: _ => false, Now);

        var response = _mapper.Map<ActivityResponse>(activity);

        Assert.False(depth.IsActive);   // retired, still on the aggregate, never listed
        Assert.Equal([new MetricDefinitionResponse(reps.Id.Value, "Reps", "Count", true, false, true)], response.MetricDefinitions);
        Assert.Equal([new SplitDefinitionResponse(right.Id.Value, "Right", 0), new SplitDefinitionResponse(left.Id.Value, "Left", 1)], response.SplitDefinitions);
        Assert.Equal((activity.Id.Value, group.Id.Value, "Single Leg Squat", true, activity.CreatedAt),
            (response.Id, response.GroupId, response.Name, response.HasSplits, response.CreatedAt));
    }

    [Fact]
    public void A_group_maps_with_text_ids_and_its_sort_order()
    {
        var root = Goal.CreateFractal("Calisthenics", null, GoalType.UltimateGoal, Now);
        var group = ActivityGroup.Create(root, "Push", "Pushing", 3, Now);

        Assert.Equal(new ActivityGroupResponse(group.Id.Value, root.Id.Value, "Push", "Pushing", 3, group.CreatedAt), _mapper.Map<ActivityGroupResponse>(group));
    }

    [Fact]
    public void An_ungrouped_activity_maps_group_id_to_null()
    {
        var root = Goal.CreateFractal("Calisthenics", null, GoalType.UltimateGoal, Now);

        Assert.Null(_mapper.Map<ActivityResponse>(ActivityDefinition.Create(root, new ActivityDetails("Plank"), null, Now)).GroupId);
    }
}
