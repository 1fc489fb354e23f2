using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>updated_at is the optimistic concurrency token: the second of two writers of one row loses, loudly.</summary>
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private static readonly DateTime FirstWrite = new DateTime(2026, 1, 3, 8, 0, 0).AddTicks(10);
    private static readonly DateTime SecondWrite = new DateTime(2026, 1, 3, 8, 0, 1);

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
    public async Task The_second_of_two_writers_renaming_a_goal_gets_a_conflict_and_the_first_name_stays()
    {
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        var mine = await first.Goals.SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token);
        var theirs = await second.Goals.SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token);

        mine.Rename("First writer", FirstWrite);
        await first.SaveChangesAsync(Token);
        theirs.Rename("Second writer", SecondWrite);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync(Token));

        Assert.IsType<DbUpdateConcurrencyException>(conflict.InnerException);
        Assert.Equal(["First writer", "2026-01-03 08:00:00.000001"],
            Sql.Rows(_database, "SELECT name, updated_at FROM goals WHERE id = @id", ("@id", _sample.ShortTerm.Id.Value)).Single());
        await using var check = _database.NewContext();
        Assert.Equal("First writer", (await check.Goals.SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token)).Name);
    }

    [Fact]
    public async Task A_legacy_goal_without_updated_at_still_detects_the_second_writer()
    {
        Sql.Execute(_database, "UPDATE goals SET updated_at = NULL WHERE id = @id", ("@id", _sample.ShortTerm.Id.Value));
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        var mine = await first.Goals.SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token);
        var theirs = await second.Goals.SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token);

        mine.Describe("first", FirstWrite);
        await first.SaveChangesAsync(Token);
        theirs.Describe("second", SecondWrite);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync(Token));
        Assert.Equal("first", Sql.Scalar(_database, "SELECT description FROM goals WHERE id = @id", ("@id", _sample.ShortTerm.Id.Value)));
    }

    [Fact]
    public async Task The_second_of_two_writers_of_an_activity_definition_gets_a_conflict_and_the_first_change_stays()
    {
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        var mine = await first.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);
        var theirs = await second.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);

        mine.Rename("Front squat", FirstWrite);
        await first.SaveChangesAsync(Token);
        theirs.Describe("a different description", SecondWrite);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync(Token));
        Assert.Equal(["Front squat", "https://example.test/squat"],
            Sql.Rows(_database, "SELECT name, description FROM activity_definitions WHERE id = @id", ("@id", _sample.Activity.Id.Value)).Single());
    }

    [Fact]
    public async Task Two_writers_reconciling_the_same_metric_definition_conflict_and_the_first_name_stays()
    {
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        var mine = await first.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);
        var theirs = await second.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);

        mine.ReconcileMetrics([new MetricDraft("Load", "kg", true, true, _sample.Weight.Id), new MetricDraft("Reps", "count", false, false, _sample.Reps.Id)], _ => true, FirstWrite);
        await first.SaveChangesAsync(Token);
        theirs.ReconcileMetrics([new MetricDraft("Mass", "kg", true, true, _sample.Weight.Id), new MetricDraft("Reps", "count", false, false, _sample.Reps.Id)], _ => true, SecondWrite);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync(Token));
        Assert.Equal("Load", Sql.Scalar(_database, "SELECT name FROM metric_definitions WHERE id = @id", ("@id", _sample.Weight.Id.Value)));
    }

    [Fact]
    public async Task A_writer_whose_row_was_not_changed_by_anyone_else_saves_without_conflict()
    {
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        var mine = await first.Goals.SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token);
        var other = await second.Goals.SingleAsync(g => g.Id == _sample.SecondShortTerm.Id, Token);

        mine.Rename("Mine", FirstWrite);
        other.Rename("Other", SecondWrite);
        await first.SaveChangesAsync(Token);
        await second.SaveChangesAsync(Token);

        Assert.Equal(2L, Sql.Scalar(_database, "SELECT count(*) FROM goals WHERE name IN ('Mine', 'Other')"));
    }
}
