using FractalGoals.Application.ReadModels;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.Infrastructure.Persistence;

/// <summary>
/// Instances and their values as flat, untracked rows (ADR 0032). The aggregate query joined every value to a copy
/// of its instance's columns (JSON blob included) and sorted that product by instance id; here each row is read
/// once, unsorted, and the values are grouped in memory. The soft-delete filter applies to the instances.
/// </summary>
internal sealed class InstanceRows(FractalGoalsDbContext db) : IInstanceRows
{
    public async Task<IReadOnlyList<InstanceView>> LiveOfFractalsAsync(IReadOnlyCollection<GoalId> rootIds, CancellationToken cancellationToken)
    {
        if (rootIds.Count == 0) return [];
        var instances = await Rows(db, rootIds).ToListAsync(cancellationToken);
        if (instances.Count == 0) return [];
        var values = (await Values(db, rootIds).ToListAsync(cancellationToken))
            .OrderBy(v => v.InsertionOrder)   // the order the entity lists them in (SiblingOrder): the store's sequence
            .ToLookup(v => v.InstanceId, v => new MetricValueView(v.Id, v.MetricDefinitionId, v.Value, v.SplitDefinitionId));
        return [.. instances.Select(i => new InstanceView(i.Id, i.PracticeSessionId, i.ActivityDefinitionId, i.RootId, i.CreatedAt,
            i.TimeStart, i.TimeStop, i.DurationSeconds, i.Completed, i.Notes, i.Data, [.. values[i.Id]]))];
    }

    /// <summary>The instances' own columns (a projection, so the auto-included values are not joined).</summary>
    internal static IQueryable<InstanceRow> Rows(FractalGoalsDbContext db, IReadOnlyCollection<GoalId> rootIds) =>
        Instances(db, rootIds).Select(i => new InstanceRow(i.Id, i.PracticeSessionId, i.ActivityDefinitionId, i.RootId, i.CreatedAt, i.TimeStart,
            i.TimeStop, i.DurationSeconds, i.Completed, i.Notes, i.Data));

    /// <summary>The live instances of the fractals (one root: a plain equality, the common case).</summary>
    private static IQueryable<ActivityInstance> Instances(FractalGoalsDbContext db, IReadOnlyCollection<GoalId> rootIds)
    {
        var instances = db.Set<ActivityInstance>().AsNoTracking();
        if (rootIds.Count != 1) return instances.Where(i => rootIds.Contains(i.RootId));
        var rootId = rootIds.First();
        return instances.Where(i => i.RootId == rootId);
    }

    /// <summary>The values of those instances, found through them (as the aggregate's join did), not by their own root_id.</summary>
    internal static IQueryable<ValueRow> Values(FractalGoalsDbContext db, IReadOnlyCollection<GoalId> rootIds) =>
        from v in db.Set<MetricValue>().AsNoTracking()
        join i in Instances(db, rootIds) on v.ActivityInstanceId equals i.Id
        select new ValueRow(v.ActivityInstanceId, v.Id, v.MetricDefinitionId, v.Value, v.SplitDefinitionId, v.InsertionOrder);

    internal sealed record InstanceRow(
        ActivityInstanceId Id, GoalId PracticeSessionId, Domain.Activities.ActivityDefinitionId ActivityDefinitionId, GoalId RootId,
        DateTime? CreatedAt, DateTime? TimeStart, DateTime? TimeStop, int? DurationSeconds, bool Completed, string? Notes, string? Data);

    internal sealed record ValueRow(
        ActivityInstanceId InstanceId, MetricValueId Id, Domain.Activities.MetricDefinitionId MetricDefinitionId, double Value,
        Domain.Activities.SplitDefinitionId? SplitDefinitionId, long InsertionOrder);
}
