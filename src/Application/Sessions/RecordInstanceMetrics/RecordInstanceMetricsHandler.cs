using System.Text.Json.Nodes;
using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.ReadModels;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Mediator;

namespace FractalGoals.Application.Sessions.RecordInstanceMetrics;

/// <summary>
/// Upserts one value per (metric, split-or-none). Skipped as the contract says: no metric_id, null/blank/non-numeric
/// value. A non-finite value rejects the whole request (nothing saved). A metric or split that is not the
/// activity's answers 400 — except an entry that repeats the value already stored for its slot, which is skipped
/// so the client's echo of loaded values cannot fail on a metric retired since.
/// </summary>
internal sealed class RecordInstanceMetricsHandler(
    FractalScope fractal, IRepository<ActivityInstance> instances, IReadRepository<ActivityDefinition> activities, TimeProvider clock)
    : ICommandHandler<RecordInstanceMetricsCommand, Result<JsonNode>>
{
    public async ValueTask<Result<JsonNode>> Handle(RecordInstanceMetricsCommand command, CancellationToken cancellationToken)
    {
        if (!GoalId.TryParse(command.SessionId, out var sessionId) || !ActivityInstanceId.TryParse(command.InstanceId, out var instanceId)
            || await instances.FirstOrDefaultAsync(new InstanceOfSessionSpec(fractal.RootId, sessionId, instanceId, forUpdate: true), cancellationToken) is not { } instance)
            return Result<JsonNode>.NotFound(SessionMessages.InstanceNotFound);

        var definitions = await activities.ListAsync(new ActivitiesOfFractalIncludingRetiredSpec(fractal.RootId), cancellationToken);
        var activity = definitions.FirstOrDefault(a => a.Id == instance.ActivityDefinitionId);
        var now = clock.LocalNow();
        foreach (var input in command.Metrics)
        {
            if (string.IsNullOrEmpty(input.MetricId)) continue;
            switch (MetricInputValue.Read(input.Value, out var value))
            {
                case MetricInputValue.Kind.Skip: continue;
                case MetricInputValue.Kind.NonFinite: return Result<JsonNode>.Invalid(SessionMessages.NonFiniteValue);
            }
            var metricId = new MetricDefinitionId(input.MetricId);
            SplitDefinitionId? splitId = string.IsNullOrEmpty(input.SplitId) ? null : new SplitDefinitionId(input.SplitId);
            if (instance.MetricValues.Any(v => v.MetricDefinitionId == metricId && v.SplitDefinitionId == splitId && v.Value.Equals(value))) continue;
            if (activity is null) return Result<JsonNode>.Invalid("Metric does not belong to this activity");
            instance.RecordValue(activity.SlotFor(metricId, splitId), value, now);
        }
        return InstanceJson.Render(instance, new ActivityLookup(definitions));
    }
}
