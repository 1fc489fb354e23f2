using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Domain.Goals;

namespace FractalGoals.Application.Activities;

/// <summary>Route ids are opaque text; text that cannot be an id simply names nothing (404, never 400 or 500).</summary>
internal static class ActivityIds
{
    public static GoalId? Root(string? text) => EntityIdText.IsValid(text) ? new GoalId(text!) : null;

    public static ActivityGroupId? Group(string? text) => EntityIdText.IsValid(text) ? new ActivityGroupId(text!) : null;

    public static ActivityDefinitionId? Activity(string? text) => EntityIdText.IsValid(text) ? new ActivityDefinitionId(text!) : null;

    public static MetricDefinitionId? Metric(string? text) => EntityIdText.IsValid(text) ? new MetricDefinitionId(text!) : null;

    public static SplitDefinitionId? Split(string? text) => EntityIdText.IsValid(text) ? new SplitDefinitionId(text!) : null;
}
