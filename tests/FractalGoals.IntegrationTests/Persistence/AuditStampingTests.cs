using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Common;
using FractalGoals.Infrastructure.Persistence;
using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// The save path fills updated_at from the context's clock for a row the domain changed without stamping (e.g. a
/// child retired through its aggregate, a goal hidden by a delete), keeps the domain's own stamp, and leaves rows
/// it saw unchanged alone.
/// </summary>
public sealed class AuditStampingTests : IAsyncLifetime
{
    private static readonly DateTime DomainNow = new DateTime(2026, 1, 20, 12, 0, 0).AddTicks(50);
    private static readonly DateTimeOffset ClockNow = new DateTimeOffset(2026, 2, 3, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);
    private const string ClockNowText = "2026-02-03 10:00:00.123456";

    private TestDatabase _database = null!;
    private SampleFractal _sample = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Token);
        _sample = await SampleFractal.SaveNewAsync(_database);
        _database.Clock.SetUtcNow(ClockNow);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_metric_retired_through_its_activity_gets_updated_at_from_the_clock_and_nothing_else_moves()
    {
        await using (var db = _database.NewContext())
        {
            var activity = await db.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);
            activity.RemoveMetric(_sample.Weight.Id, hasValues: true, DomainNow);
            await db.SaveChangesAsync(Token);
        }

        await using var check = _database.NewContext();
        var loaded = await check.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);

        var expected = Timestamp.Naive(_database.Clock.GetLocalNow().DateTime);
        Assert.Equal(expected, loaded.FindMetric(_sample.Weight.Id)!.UpdatedAt);
        Assert.Equal(DomainNow, loaded.FindMetric(_sample.Weight.Id)!.DeletedAt);
        Assert.Equal(SampleFractal.Created, loaded.FindMetric(_sample.Reps.Id)!.UpdatedAt);
        Assert.Equal(SampleFractal.Created, loaded.UpdatedAt);   // a child's change is not propagated to its parent
        Assert.Equal(ClockNowText, Sql.Scalar(_database, "SELECT updated_at FROM metric_definitions WHERE id = @id", ("@id", _sample.Weight.Id.Value)));
    }

    [Fact]
    public async Task A_metric_renamed_through_reconciliation_keeps_the_domains_stamp()
    {
        await using (var db = _database.NewContext())
        {
            var activity = await db.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);
            activity.ReconcileMetrics(
                [new MetricDraft("Load", "kg", true, true, _sample.Weight.Id), new MetricDraft("Reps", "count", false, false, _sample.Reps.Id)], _ => true, DomainNow);
            await db.SaveChangesAsync(Token);
        }

        await using var check = _database.NewContext();
        var loaded = await check.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);

        Assert.Equal(("Load", DomainNow), (loaded.FindMetric(_sample.Weight.Id)!.Name, loaded.FindMetric(_sample.Weight.Id)!.UpdatedAt));
        Assert.Equal(SampleFractal.Created, loaded.FindMetric(_sample.Reps.Id)!.UpdatedAt);
        Assert.Equal(SampleFractal.Created, loaded.UpdatedAt);
    }

    [Fact]
    public async Task Goals_hidden_by_a_delete_get_updated_at_from_the_clock()
    {
        await using (var db = _database.NewContext())
        {
            var goals = await db.Goals.Where(g => g.RootId == _sample.Root.Id).ToListAsync(Token);
            new GoalTree(goals.Single(g => g.IsFractalRoot), goals).Delete(_sample.Immediate.Id, DomainNow);
            await db.SaveChangesAsync(Token);
        }

        await using var check = _database.NewContext();
        var goal = await check.Goals.IgnoreQueryFilters([SoftDeleteFilter.Name]).SingleAsync(g => g.Id == _sample.Immediate.Id, Token);
        var session = await check.Goals.SingleAsync(g => g.Id == _sample.Session.Id, Token);

        Assert.Equal((DomainNow, Timestamp.Naive(_database.Clock.GetLocalNow().DateTime)), (goal.DeletedAt!.Value, goal.UpdatedAt!.Value));
        Assert.Equal(ClockNowText, Sql.Scalar(_database, "SELECT updated_at FROM goals WHERE id = @id", ("@id", _sample.Immediate.Id.Value)));
        Assert.Equal(SampleFractal.Created, session.UpdatedAt);
    }

    [Fact]
    public async Task An_entity_saved_again_without_an_effective_change_keeps_its_updated_at()
    {
        int written;
        await using (var db = _database.NewContext())
        {
            var goal = await db.Goals.SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token);
            var activity = await db.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);
            goal.Rename(_sample.ShortTerm.Name, DomainNow);   // same value: no change
            activity.ReconcileMetrics([new MetricDraft("Weight", "kg", true, true), new MetricDraft("Reps", "count", false, false)], _ => true, DomainNow);
            written = await db.SaveChangesAsync(Token);
        }

        Assert.Equal(0, written);
        Assert.Equal(SampleFractal.CreatedText, Sql.Scalar(_database, "SELECT updated_at FROM goals WHERE id = @id", ("@id", _sample.ShortTerm.Id.Value)));
        Assert.Equal([SampleFractal.CreatedText], Sql.Rows(_database, "SELECT DISTINCT updated_at FROM metric_definitions").Select(r => r[0]));
        Assert.Equal(SampleFractal.CreatedText, Sql.Scalar(_database, "SELECT updated_at FROM activity_definitions"));
    }
}
