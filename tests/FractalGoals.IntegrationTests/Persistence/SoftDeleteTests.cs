using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// The named "SoftDelete" filter hides deleted rows from every ordinary query and repository spec; lifting it by
/// name shows them, and a restore brings them back. Retired metric and split definitions have no filter.
/// </summary>
public sealed class SoftDeleteTests : IAsyncLifetime
{
    private static readonly DateTime DeletedAt = new DateTime(2026, 1, 5, 18, 0, 0).AddTicks(7_000);

    private TestDatabase _database = null!;
    private SampleFractal _sample = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Token);
        _sample = await SampleFractal.SaveNewAsync(_database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Deleted_goals_and_their_session_instance_are_hidden_from_ordinary_queries_and_shown_when_the_filter_is_lifted()
    {
        await DeleteMidTermAsync();

        await using var db = _database.NewContext();
        var visible = await db.Goals.Where(g => g.RootId == _sample.Root.Id).Select(g => g.Id).ToListAsync(Token);
        var viaSpec = await new EfRepository<Goal>(db).ListAsync(new GoalsOfFractal(_sample.Root.Id), Token);
        var all = await db.Goals.IgnoreQueryFilters([SoftDeleteFilter.Name]).Where(g => g.RootId == _sample.Root.Id).ToListAsync(Token);
        var allViaSpec = await new EfRepository<Goal>(db).ListAsync(new GoalsOfFractal(_sample.Root.Id, includeDeleted: true), Token);
        var instances = await db.Set<ActivityInstance>().CountAsync(i => i.RootId == _sample.Root.Id, Token);
        var hiddenInstance = await db.Set<ActivityInstance>().IgnoreQueryFilters([SoftDeleteFilter.Name]).SingleAsync(i => i.RootId == _sample.Root.Id, Token);

        GoalId[] live = [_sample.Root.Id, _sample.LongTerm.Id];
        Assert.Equal(live.Order(IdOrder), visible.Order(IdOrder));
        Assert.Equal(live.Order(IdOrder), viaSpec.Select(g => g.Id).Order(IdOrder));
        Assert.Equal(_sample.Goals.Count, all.Count);
        Assert.Equal(_sample.Goals.Count, allViaSpec.Count);
        Assert.All(all.Where(g => !live.Contains(g.Id)), g => Assert.Equal(DeletedAt, g.DeletedAt));
        Assert.Equal(0, instances);
        Assert.Equal(DeletedAt, hiddenInstance.DeletedAt);
        Assert.Equal(2, hiddenInstance.MetricValues.Count);   // values are hidden through their instance, not deleted
        Assert.Equal(6L, Sql.Scalar(_database, "SELECT count(*) FROM goals WHERE deleted_at = '2026-01-05 18:00:00.000700'"));
    }

    [Fact]
    public async Task Restoring_the_deleted_goal_brings_back_the_goals_and_the_instance_it_hid()
    {
        await DeleteMidTermAsync();
        await using (var db = _database.NewContext())
        {
            var repository = new EfRepository<Goal>(db);
            var goals = await repository.ListAsync(new GoalsOfFractal(_sample.Root.Id, includeDeleted: true, tracking: true), Token);
            var restoration = new GoalTree(goals.Single(g => g.IsFractalRoot), goals).Restore(_sample.MidTerm.Id);
            var instance = await new EfRepository<ActivityInstance>(db).FirstOrDefaultAsync(new InstancesOfFractal(_sample.Root.Id, includeDeleted: true, tracking: true), Token);
            instance!.RevealWith(restoration);
            await db.SaveChangesAsync(Token);
        }

        await using var check = _database.NewContext();
        var visible = await check.Goals.Where(g => g.RootId == _sample.Root.Id).ToListAsync(Token);
        var instances = await new EfRepository<ActivityInstance>(check).ListAsync(new InstancesOfFractal(_sample.Root.Id), Token);

        Assert.Equal(_sample.Goals.Count, visible.Count);
        Assert.All(visible, g => Assert.Null(g.DeletedAt));
        Assert.Equal(_sample.Instance.Id, Assert.Single(instances).Id);
        Assert.Equal(0L, Sql.Scalar(_database, "SELECT count(*) FROM goals WHERE deleted_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_deleted_activity_instance_is_hidden_until_restored()
    {
        await using (var db = _database.NewContext())
        {
            var instance = await db.Set<ActivityInstance>().SingleAsync(i => i.Id == _sample.Instance.Id, Token);
            instance.Delete(DeletedAt);
            await db.SaveChangesAsync(Token);
        }

        await using (var db = _database.NewContext())
        {
            Assert.False(await db.Set<ActivityInstance>().AnyAsync(i => i.Id == _sample.Instance.Id, Token));
            Assert.False(await new EfRepository<ActivityInstance>(db).AnyAsync(new InstancesOfFractal(_sample.Root.Id), Token));
            var hidden = await new EfRepository<ActivityInstance>(db).ListAsync(new InstancesOfFractal(_sample.Root.Id, includeDeleted: true, tracking: true), Token);
            var session = await db.Goals.SingleAsync(g => g.Id == _sample.Session.Id, Token);
            Assert.Equal(DeletedAt, Assert.Single(hidden).DeletedAt);
            hidden[0].Restore(session);
            await db.SaveChangesAsync(Token);
        }

        await using var check = _database.NewContext();
        var restored = await check.Set<ActivityInstance>().SingleAsync(i => i.Id == _sample.Instance.Id, Token);
        Assert.Null(restored.DeletedAt);
        Assert.Equal(2, restored.MetricValues.Count);
    }

    [Fact]
    public async Task A_deleted_session_template_is_hidden_until_restored()
    {
        await using (var db = _database.NewContext())
        {
            var template = await db.Set<SessionTemplate>().SingleAsync(t => t.Id == _sample.Template.Id, Token);
            template.Delete(DeletedAt);
            await db.SaveChangesAsync(Token);
        }

        await using (var db = _database.NewContext())
        {
            Assert.Empty(await db.Set<SessionTemplate>().Where(t => t.RootId == _sample.Root.Id).ToListAsync(Token));
            Assert.Equal(0, await new EfRepository<SessionTemplate>(db).CountAsync(new TemplatesOfFractal(_sample.Root.Id), Token));
            Assert.Equal(1, await new EfRepository<SessionTemplate>(db).CountAsync(new TemplatesOfFractal(_sample.Root.Id, includeDeleted: true), Token));
            var template = await db.Set<SessionTemplate>().IgnoreQueryFilters([SoftDeleteFilter.Name]).SingleAsync(t => t.Id == _sample.Template.Id, Token);
            var root = await db.Goals.SingleAsync(g => g.Id == _sample.Root.Id, Token);
            template.Restore(root);
            await db.SaveChangesAsync(Token);
        }

        await using var check = _database.NewContext();
        var restored = await new EfRepository<SessionTemplate>(check).ListAsync(new TemplatesOfFractal(_sample.Root.Id), Token);
        Assert.Equal(_sample.Template.Id, Assert.Single(restored).Id);
        Assert.Null(restored[0].DeletedAt);
    }

    [Fact]
    public async Task Retired_metric_and_split_definitions_still_load_with_their_activity()
    {
        await using (var db = _database.NewContext())
        {
            var activity = await db.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);
            activity.RemoveMetric(_sample.Weight.Id, hasValues: true, DeletedAt);
            activity.RemoveSplit(_sample.Left.Id, hasValues: true, DeletedAt);
            await db.SaveChangesAsync(Token);
        }

        await using var check = _database.NewContext();
        var loaded = await check.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);
        var retiredMetric = Assert.Single(loaded.Metrics, m => m.Id == _sample.Weight.Id);
        var retiredSplit = Assert.Single(loaded.Splits, s => s.Id == _sample.Left.Id);

        Assert.Equal((false, DeletedAt), (retiredMetric.IsActive, retiredMetric.DeletedAt));
        Assert.Equal(DeletedAt, retiredSplit.DeletedAt);
        Assert.Equal(["Reps"], loaded.ActiveMetrics.Select(m => m.Name));
        Assert.Equal(["Right"], loaded.ActiveSplits.Select(s => s.Name));
        Assert.True(await check.Set<MetricDefinition>().AnyAsync(m => m.Id == _sample.Weight.Id, Token));
        Assert.Equal("Weight", loaded.FindMetric(_sample.Weight.Id)!.Name);   // old values still resolve their metric
    }

    [Fact]
    public async Task A_retired_activitys_definitions_stay_resolvable_while_the_activity_is_hidden()
    {
        await using (var db = _database.NewContext())
        {
            var activity = await db.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);
            Assert.Equal(ActivityDeleteOutcome.Retired, activity.Delete(hasInstances: true, DeletedAt));
            await db.SaveChangesAsync(Token);
        }

        await using var check = _database.NewContext();

        Assert.False(await check.Set<ActivityDefinition>().AnyAsync(a => a.Id == _sample.Activity.Id, Token));
        Assert.Equal(2, await check.Set<MetricDefinition>().CountAsync(m => m.ActivityId == _sample.Activity.Id, Token));
        Assert.Equal(2, await check.Set<SplitDefinition>().CountAsync(s => s.ActivityId == _sample.Activity.Id, Token));
        var hidden = await check.Set<ActivityDefinition>().IgnoreQueryFilters([SoftDeleteFilter.Name]).SingleAsync(a => a.Id == _sample.Activity.Id, Token);
        Assert.Equal(DeletedAt, hidden.DeletedAt);
        Assert.Equal(2, hidden.Metrics.Count);
    }

    private async Task DeleteMidTermAsync()
    {
        await using var db = _database.NewContext();
        var goals = await db.Goals.IgnoreQueryFilters([SoftDeleteFilter.Name]).Where(g => g.RootId == _sample.Root.Id).ToListAsync(Token);
        var deletion = new GoalTree(goals.Single(g => g.IsFractalRoot), goals).Delete(_sample.MidTerm.Id, DeletedAt);
        var instance = await db.Set<ActivityInstance>().SingleAsync(i => i.PracticeSessionId == _sample.Session.Id, Token);
        instance.HideWith(deletion);
        await db.SaveChangesAsync(Token);
    }

    private static readonly Comparer<GoalId> IdOrder = Comparer<GoalId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value));
}
