using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Sessions;
using MapsterMapper;
using Mediator;

namespace FractalGoals.Application.Activities.UpdateActivity;

internal sealed class UpdateActivityHandler(
    FractalScope fractal, IReadRepository<ActivityGroup> groups, IRepository<ActivityDefinition> activities,
    IReadRepository<MetricValue> values, IMapper mapper, TimeProvider clock)
    : ICommandHandler<UpdateActivityCommand, Result<ActivityResponse>>
{
    public async ValueTask<Result<ActivityResponse>> Handle(UpdateActivityCommand command, CancellationToken cancellationToken)
    {
        if (!ActivityDefinitionId.TryParse(command.ActivityId, out var activityId)
            || await activities.FirstOrDefaultAsync(new ActivityOfFractalSpec(fractal.RootId, activityId, forUpdate: true), cancellationToken) is not { } activity)
            return Result<ActivityResponse>.NotFound("Activity not found");

        ActivityGroup? group = null;   // null or "" ungroups
        if (command.GroupId is { IsPresent: true, Value: { Length: > 0 } groupText }
            && (!ActivityGroupId.TryParse(groupText, out var groupId)
                || (group = await groups.FirstOrDefaultAsync(new ActivityGroupOfFractalSpec(fractal.RootId, groupId), cancellationToken)) is null))
            return Result<ActivityResponse>.Invalid("Group not found");

        var now = clock.LocalNow();
        if (command.Name is not null) activity.Rename(command.Name, now);
        if (command.Description.IsPresent) activity.Describe(command.Description.Value, now);
        if (command.HasSets is { } hasSets) activity.SetHasSets(hasSets, now);
        if (command.HasMetrics is { } hasMetrics) activity.SetHasMetrics(hasMetrics, now);
        if (command.MetricsMultiplicative is { } multiplicative) activity.SetMetricsMultiplicative(multiplicative, now);
        if (command.HasSplits is { } hasSplits) activity.SetHasSplits(hasSplits, now);
        if (command.GroupId.IsPresent) activity.AssignToGroup(group, now);

        // The aggregate decides retire-or-remove (§6.2); the database says which live definitions have values.
        if (command.Metrics is not null)
        {
            var recorded = new HashSet<MetricDefinitionId>();
            foreach (var metric in activity.ActiveMetrics)
                if (await values.AnyAsync(new ValuesOfMetricDefinitionSpec(metric.Id), cancellationToken)) recorded.Add(metric.Id);
            activity.ReconcileMetrics(ActivityInputs.Metrics(command.Metrics), recorded.Contains, now);
        }
        if (command.Splits is not null)
        {
            var recorded = new HashSet<SplitDefinitionId>();
            foreach (var split in activity.ActiveSplits)
                if (await values.AnyAsync(new ValuesOfSplitDefinitionSpec(split.Id), cancellationToken)) recorded.Add(split.Id);
            activity.ReconcileSplits(ActivityInputs.Splits(command.Splits), recorded.Contains, now);
        }
        return mapper.Map<ActivityResponse>(activity);
    }
}
