using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// ADR 0042 on the real stores: a refused save is translated once, by kind, on both providers; on SQLite a command's
/// write transaction holds the write lock from its start, so a second writer waits for the first instead of racing it;
/// on both, a second writer of one fractal waits for the first (ADR 0045).
/// </summary>
public sealed class WriteTransactionTests : IAsyncLifetime
{
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
    public async Task A_second_row_under_a_taken_id_is_a_unique_violation_and_nothing_is_saved()
    {
        await using var db = _database.NewContext();
        var session = await db.Goals.SingleAsync(g => g.Id == _sample.Session.Id, Token);
        var activity = await db.Set<ActivityDefinition>().SingleAsync(a => a.Id == _sample.Activity.Id, Token);
        db.Add(ActivityInstance.Create(_sample.Instance.Id, session, activity, SampleFractal.Created.AddHours(1)));

        var refused = await Assert.ThrowsAsync<ConstraintViolationException>(() => db.SaveChangesAsync(Token));

        Assert.Equal(ConstraintKind.Unique, refused.Kind);
        Assert.Equal(1L, Sql.Scalar(_database, "SELECT count(*) FROM activity_instances WHERE id = @id", ("@id", _sample.Instance.Id.Value)));
    }

    [Fact]
    public async Task A_rolled_back_attempt_leaves_no_row_and_a_discarded_one_no_tracked_change()
    {
        await using var db = _database.NewContext();
        IUnitOfWork unitOfWork = db;
        await using (await unitOfWork.BeginWriteAsync(Token))
        {
            var goal = await db.Goals.AsTracking().SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token);
            goal.Rename("never committed", SampleFractal.Created.AddHours(1));
            await db.SaveChangesAsync(Token);
        }
        unitOfWork.Discard();

        Assert.Empty(db.ChangeTracker.Entries());
        Assert.Equal(_sample.ShortTerm.Name, Sql.Scalar(_database, "SELECT name FROM goals WHERE id = @id", ("@id", _sample.ShortTerm.Id.Value)));
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]
    public async Task On_sqlite_a_second_write_transaction_waits_until_the_first_commits()
    {
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        IUnitOfWork firstWork = first, secondWork = second;
        var held = await firstWork.BeginWriteAsync(Token);
        var goal = await first.Goals.AsTracking().SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token);

        var waiting = Task.Run(async () =>
        {
            await using var next = await secondWork.BeginWriteAsync(Token);
            var name = (await second.Goals.AsNoTracking().SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token)).Name;
            await next.CommitAsync(Token);
            return name;
        }, Token);
        await Task.Delay(300, Token);
        Assert.False(waiting.IsCompleted, "the second writer began while the first held the write lock");

        goal.Rename("first writer", SampleFractal.Created.AddHours(1));
        await first.SaveChangesAsync(Token);
        await held.CommitAsync(Token);
        await held.DisposeAsync();

        Assert.Equal("first writer", await waiting);   // it read after the first commit, not before it
    }

    [Fact]
    public async Task A_second_writer_of_the_same_fractal_waits_until_the_first_commits()
    {
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        IUnitOfWork firstWork = first, secondWork = second;
        var held = await firstWork.BeginWriteAsync(Token);
        await firstWork.LockFractalAsync(_sample.Root.Id.Value, Token);
        var goal = await first.Goals.AsTracking().SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token);

        var waiting = Task.Run(async () =>
        {
            await using var next = await secondWork.BeginWriteAsync(Token);
            await secondWork.LockFractalAsync(_sample.Root.Id.Value, Token);
            var name = (await second.Goals.AsNoTracking().SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token)).Name;
            await next.CommitAsync(Token);
            return name;
        }, Token);
        await Task.Delay(300, Token);
        Assert.False(waiting.IsCompleted, "the second writer of the fractal went on while the first held it");

        goal.Rename("first writer", SampleFractal.Created.AddHours(1));
        await first.SaveChangesAsync(Token);
        await held.CommitAsync(Token);
        await held.DisposeAsync();

        Assert.Equal("first writer", await waiting);   // it read after the first commit, not before it
    }

    [Fact]
    [Trait("Provider", "PostgresOnly")]
    public async Task On_postgres_a_writer_of_another_fractal_does_not_wait()
    {
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        IUnitOfWork firstWork = first, secondWork = second;
        await using var held = await firstWork.BeginWriteAsync(Token);
        await firstWork.LockFractalAsync(_sample.Root.Id.Value, Token);

        await using var other = await secondWork.BeginWriteAsync(Token);
        // Completes while the first fractal is held; a wrong lock key would block here until the test's own timeout.
        await secondWork.LockFractalAsync("another-fractal", Token).WaitAsync(TimeSpan.FromSeconds(30), Token);
        await other.CommitAsync(Token);
    }

    [Fact]
    [Trait("Provider", "SqliteOnly")]
    public async Task On_sqlite_the_write_turn_is_handed_on_when_a_transaction_ends_uncommitted_or_fails_to_begin()
    {
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
        IUnitOfWork firstWork = first, secondWork = second;

        await (await firstWork.BeginWriteAsync(Token)).DisposeAsync();   // rolled back: its turn ends with it
        using (var cancelled = new CancellationTokenSource())
        {
            await using var held = await secondWork.BeginWriteAsync(Token);
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => firstWork.BeginWriteAsync(cancelled.Token));   // gave up waiting
        }

        // Neither the rolled-back transaction nor the writer that gave up still holds the turn.
        await using var next = await firstWork.BeginWriteAsync(Token).WaitAsync(TimeSpan.FromSeconds(20), Token);
        await next.CommitAsync(Token);
    }
}
