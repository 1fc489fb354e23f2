using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;

namespace FractalGoals.Application.ReadModels;

/// <summary>
/// What an ActivityInstance (§2.3) renders from, as plain read rows (ADR 0032): the big reads fill it straight from
/// the columns without building aggregates; a handler that holds the entity maps it with <see cref="Of"/>. One
/// renderer for both, so the bytes cannot drift apart.
/// </summary>
/// <param name="MetricValues">In the order they were recorded (insertion order, as the entity lists them).</param>
public sealed record InstanceView(
    ActivityInstanceId Id,
    GoalId PracticeSessionId,
    ActivityDefinitionId ActivityDefinitionId,
    GoalId RootId,
    DateTime? CreatedAt,
    DateTime? TimeStart,
    DateTime? TimeStop,
    int? DurationSeconds,
    bool Completed,
    string? Notes,
    string? Data,
    IReadOnlyList<MetricValueView> MetricValues)
{
    public static InstanceView Of(ActivityInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new(instance.Id, instance.PracticeSessionId, instance.ActivityDefinitionId, instance.RootId, instance.CreatedAt,
            instance.TimeStart, instance.TimeStop, instance.DurationSeconds, instance.Completed, instance.Notes, instance.Data,
            [.. instance.MetricValues.Select(MetricValueView.Of)]);
    }
}

/// <summary>What a MetricValue (§2.4) renders from.</summary>
public sealed record MetricValueView(MetricValueId Id, MetricDefinitionId MetricDefinitionId, double Value, SplitDefinitionId? SplitDefinitionId)
{
    public static MetricValueView Of(MetricValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value.Id, value.MetricDefinitionId, value.Value, value.SplitDefinitionId);
    }
}
