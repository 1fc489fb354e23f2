using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.FunctionalTests.Activities;

/// <summary>Recorded history the activity endpoints must respect, written through the domain (the API for it lives elsewhere).</summary>
internal static class ActivitySeed
{
    /// <summary>A parentless session with one instance of the activity holding one value for the metric (and split).</summary>
    public static Task RecordValueAsync(ApiFactory factory, string rootId, string activityId, string metricId, string? splitId = null) =>
        factory.SeedAsync(async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            var now = DateTime.Now;
            var root = await db.Goals.SingleAsync(g => g.Id == new GoalId(rootId), ct);
            var activity = await db.Set<ActivityDefinition>().SingleAsync(a => a.Id == new ActivityDefinitionId(activityId), ct);
            var session = Goal.StartParentlessSession(root, new SessionDetails("Practice"), now);
            db.Goals.Add(session);
            var instance = ActivityInstance.Create(new ActivityInstanceId(Guid.NewGuid().ToString()), session, activity, now);
            instance.RecordValue(activity.SlotFor(new MetricDefinitionId(metricId), splitId is null ? null : new SplitDefinitionId(splitId)), 12.5, now);
            db.Add(instance);
            await db.SaveChangesAsync(ct);
        });

    /// <summary>The stored metric definition row, retired or not, with the values pointing at it.</summary>
    public static async Task<(MetricDefinition? Metric, int Values)> MetricAsync(ApiFactory factory, string metricId)
    {
        (MetricDefinition?, int) found = default;
        await factory.SeedAsync(async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            var id = new MetricDefinitionId(metricId);
            found = (await db.Set<MetricDefinition>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct),
                await db.Set<MetricValue>().CountAsync(v => v.MetricDefinitionId == id, ct));
        });
        return found;
    }

    public static async Task<SplitDefinition?> SplitAsync(ApiFactory factory, string splitId)
    {
        SplitDefinition? found = null;
        await factory.SeedAsync(async db =>
            found = await db.Set<SplitDefinition>().IgnoreQueryFilters().AsNoTracking()
                .SingleOrDefaultAsync(s => s.Id == new SplitDefinitionId(splitId), TestContext.Current.CancellationToken));
        return found;
    }

    public static async Task<ActivityDefinition?> ActivityAsync(ApiFactory factory, string activityId)
    {
        ActivityDefinition? found = null;
        await factory.SeedAsync(async db =>
            found = await db.Set<ActivityDefinition>().IgnoreQueryFilters().AsNoTracking()
                .SingleOrDefaultAsync(a => a.Id == new ActivityDefinitionId(activityId), TestContext.Current.CancellationToken));
        return found;
    }
}
