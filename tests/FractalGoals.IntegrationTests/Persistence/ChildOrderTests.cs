using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// api-contract §1.9: children with no explicit order come back in insertion order (metric definitions by
/// created_at, ties in insertion order; metric values; blocks; a day's sessions; a session's parent_ids). EF's
/// single-query include orders collections by their primary key (random UUIDs); the aggregates order their
/// children by the store's insertion sequence (SQLite's rowid, ADR 0021) instead. Each test inserts in the order opposite to the ids' order, so an id-ordered load can never pass by luck.
/// </summary>
public sealed class ChildOrderTests : IAsyncLifetime
{
    private static readonly DateTime Now = SampleFractal.Created;

    private TestDatabase _database = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(Token);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_sessions_parent_ids_come_back_in_the_order_the_links_were_made()
    {
        var sample = SampleFractal.Create();   // links are made in descending id order
        await SaveAsync(sample);
        var expected = sample.Session.ParentIds;

        await using var db = _database.NewContext();
        var loaded = await db.Goals.SingleAsync(g => g.Id == sample.Session.Id, Token);

        Assert.Equal(expected, loaded.ParentIds);
    }

    [Fact]
    public async Task Metric_definitions_made_in_one_request_come_back_in_creation_order()
    {
        var sample = SampleFractal.Create();
        var activity = Until(() => ActivityDefinition.Create(sample.Root, new ActivityDetails("Run",
            Metrics: [new MetricDraft("Distance", "km"), new MetricDraft("Time", "min")]), group: null, Now),
            a => Descending(a.Metrics.Select(m => m.Id.Value)));
        await SaveAsync(sample, activity);

        await using var db = _database.NewContext();
        var loaded = await db.Set<ActivityDefinition>().SingleAsync(a => a.Id == activity.Id, Token);

        Assert.Equal(["Distance", "Time"], loaded.ActiveMetrics.Select(m => m.Name));
    }

    [Fact]
    public async Task Metric_values_of_an_instance_come_back_in_insertion_order()
    {
        var sample = SampleFractal.Create();
        var instance = Until(() =>
        {
            var candidate = ActivityInstance.Create(ActivityInstanceId.New(), sample.Session, sample.Activity, Now);
            candidate.RecordValue(sample.Activity.SlotFor(sample.Weight.Id, null), 1, Now);
            candidate.RecordValue(sample.Activity.SlotFor(sample.Reps.Id, null), 2, Now);
            return candidate;
        }, i => Descending(i.MetricValues.Select(v => v.Id.Value)));
        await SaveAsync(sample, instance);

        await using var db = _database.NewContext();
        var loaded = await db.Set<ActivityInstance>().SingleAsync(i => i.Id == instance.Id, Token);

        Assert.Equal([1.0, 2.0], loaded.MetricValues.Select(v => v.Value));
    }

    [Fact]
    public async Task Program_blocks_and_a_days_sessions_come_back_in_insertion_order()
    {
        var sample = SampleFractal.Create();
        var other = SessionTemplate.Create(sample.Root, "Other", null, Domain.Common.JsonText.Parse("""{"s":1}""", "t"), Now);
        var templates = new Dictionary<SessionTemplateId, SessionTemplate> { [sample.Template.Id] = sample.Template, [other.Id] = other };
        var program = Until(() =>
        {
            var candidate = TrainingProgram.Create(sample.Root, "P", null, new DateTime(2026, 3, 2), new DateTime(2026, 3, 29), [], null, Now);
            candidate.SyncBlocks(
            [
                new BlockDraft(new ProgramBlockId("b2"), "Second id first", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2), null,
                    new Dictionary<DayOfWeek, IReadOnlyList<SessionTemplateId>> { [DayOfWeek.Monday] = [sample.Template.Id, other.Id] }),
                new BlockDraft(new ProgramBlockId("b1"), "First id second", new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 9), null),
            ], templates);
            return candidate;
        }, p => Descending(p.Blocks[0].Days[0].Sessions.Select(s => s.Id.Value)));
        var expectedSessions = program.Blocks[0].Days[0].Sessions.Select(s => s.SessionTemplateId).ToList();
        await SaveAsync(sample, other, program);

        await using var db = _database.NewContext();
        var loaded = await db.Set<TrainingProgram>().SingleAsync(p => p.Id == program.Id, Token);

        Assert.Equal(["b2", "b1"], loaded.Blocks.Select(b => b.Id.Value));
        Assert.Equal(expectedSessions, loaded.Blocks[0].Days[0].Sessions.Select(s => s.SessionTemplateId));
    }

    private async Task SaveAsync(SampleFractal sample, params object[] extra)
    {
        await using var db = _database.NewContext();
        sample.AddTo(db);
        db.AddRange(extra);
        await db.SaveChangesAsync(Token);
    }

    private static bool Descending(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return list.Zip(list.Skip(1)).All(p => string.CompareOrdinal(p.First, p.Second) > 0);
    }

    // Server-made ids are random: build until insertion order is the reverse of id order (about one try in two).
    private static T Until<T>(Func<T> make, Func<T, bool> wanted)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var candidate = make();
            if (wanted(candidate)) return candidate;
        }
        throw new InvalidOperationException("No candidate with ids in descending order");
    }
}
