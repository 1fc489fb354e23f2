using FractalGoals.Application.Common.Versions;
using FractalGoals.Application.Common.Behaviors;
using FractalGoals.Application.Common.Events;
using FractalGoals.Application.Common.Persistence;
using FractalGoals.Application.Common.Results;
using FractalGoals.Application.Goals.Events;
using FractalGoals.Domain.Goals;
using FractalGoals.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// On a real store: a command's domain events are handled before its one save, so what a handler changes is written
/// with the command, and a handler that fails leaves neither written (ADR 0037).
/// </summary>
public sealed class DomainEventCommitTests : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 1, 3, 8, 0, 0);

    private sealed record CompleteShortTerm : ICommand<Result<string>>;

    private TestDatabase _database = null!;
    private SampleFractal _sample = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Token);
        _sample = await SampleFractal.SaveNewAsync(_database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    // The pipeline's last step, as the host builds it, around a handler that completes the short-term goal.
    private async Task CompleteShortTermAsync(FractalGoalsDbContext db, Func<GoalCompletedNotification, Task> handler)
    {
        var events = new DomainEventDispatcher(db, new DelegatePublisher(n => handler((GoalCompletedNotification)n)));
        await new UnitOfWorkBehavior<CompleteShortTerm, Result<string>>(db, events, new WritePrecondition()).Handle(new CompleteShortTerm(), async (_, ct) =>
        {
            var goal = await db.Goals.SingleAsync(g => g.Id == _sample.ShortTerm.Id, ct);
            goal.SetCompleted(true, At);
            return "done";
        }, Token);
    }

    private async Task<Goal> StoredAsync(GoalId id)
    {
        await using var check = _database.NewContext();
        return await check.Goals.AsNoTracking().SingleAsync(g => g.Id == id, Token);
    }

    [Fact]
    public async Task A_handler_runs_before_the_commit_and_its_change_is_written_with_the_command()
    {
        bool? completedInStoreDuringHandler = null;
        await using (var db = _database.NewContext())
        {
            await CompleteShortTermAsync(db, async completed =>
            {
                completedInStoreDuringHandler = (await StoredAsync(completed.Completed.GoalId)).Completed;
                var root = await db.Goals.SingleAsync(g => g.Id == completed.Completed.RootId, Token);
                root.Describe("A short-term goal was reached", At);
            });
        }

        Assert.False(completedInStoreDuringHandler);
        Assert.True((await StoredAsync(_sample.ShortTerm.Id)).Completed);
        Assert.Equal("A short-term goal was reached", (await StoredAsync(_sample.Root.Id)).Description);
    }

    [Fact]
    public async Task A_failing_handler_rolls_back_the_commands_write_and_its_own()
    {
        await using (var db = _database.NewContext())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => CompleteShortTermAsync(db, async completed =>
            {
                var root = await db.Goals.SingleAsync(g => g.Id == completed.Completed.RootId, Token);
                root.Describe("Never written", At);
                throw new InvalidOperationException("The handler failed");
            }));
        }

        Assert.False((await StoredAsync(_sample.ShortTerm.Id)).Completed);
        Assert.Equal(_sample.Root.Description, (await StoredAsync(_sample.Root.Id)).Description);
    }

    [Fact]
    public async Task The_context_hands_over_the_events_of_queried_and_added_aggregates_once()
    {
        await using var db = _database.NewContext();
        var queried = await db.Goals.SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token);
        var session = await db.Goals.SingleAsync(g => g.Id == _sample.Session.Id, Token);
        var added = session.AddChild("New immediate goal", "", GoalType.ImmediateGoal, null, At);
        db.Goals.Add(added);
        queried.SetCompleted(true, At);
        added.SetCompleted(true, At);
        IUnitOfWork unitOfWork = db;

        var events = unitOfWork.TakeDomainEvents();

        Assert.Equal(new HashSet<GoalId> { queried.Id, added.Id }, events.Cast<GoalCompleted>().Select(e => e.GoalId).ToHashSet());
        Assert.Equal(2, events.Count);
        Assert.Empty(queried.DomainEvents);
        Assert.Empty(unitOfWork.TakeDomainEvents());
    }
}
