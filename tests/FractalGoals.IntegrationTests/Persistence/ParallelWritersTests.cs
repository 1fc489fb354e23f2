using FractalGoals.Application.Common.Persistence;
using FractalGoals.Domain.Goals;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// Several writers on their own connections, saving at the same moment (ADR 0020): on either provider, of writers
/// that all read the same version exactly one wins and every other gets a conflict, and writers that reload and
/// retry on a conflict lose none of their updates — for a goal and for a session (a goal row, ADR 0016).
/// </summary>
public sealed class ParallelWritersTests : IAsyncLifetime
{
    private const int Writers = 6;
    private static readonly DateTime Start = new(2026, 1, 3, 8, 0, 0);

    private TestDatabase _database = null!;
    private SampleFractal _sample = null!;
    private long _clock;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Token);
        _sample = await SampleFractal.SaveNewAsync(_database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    // Every write a new updated_at (the token), as a real clock gives one per request.
    private DateTime Now() => Start.AddMilliseconds(Interlocked.Increment(ref _clock));

    [Fact]
    public async Task Of_writers_who_read_the_same_goal_exactly_one_saves_and_every_other_gets_a_conflict()
    {
        var contexts = Enumerable.Range(0, Writers).Select(_ => _database.NewContext()).ToList();
        try
        {
            var goals = new List<Goal>();
            foreach (var db in contexts) goals.Add(await db.Goals.AsTracking().SingleAsync(g => g.Id == _sample.ShortTerm.Id, Token));   // all read version 1
            for (var i = 0; i < Writers; i++) goals[i].Rename($"writer {i}", Now());

            var outcomes = await Task.WhenAll(contexts.Select(async (db, i) =>
            {
                try
                {
                    await Task.Run(() => db.SaveChangesAsync(Token), Token);
                    return (Writer: i, Saved: true);
                }
                catch (ConcurrencyConflictException)
                {
                    return (Writer: i, Saved: false);
                }
            }));

            var winner = Assert.Single(outcomes, o => o.Saved);
            Assert.Equal($"writer {winner.Writer}", Sql.Scalar(_database, "SELECT name FROM goals WHERE id = @id", ("@id", _sample.ShortTerm.Id.Value)));
        }
        finally
        {
            foreach (var db in contexts) await db.DisposeAsync();
        }
    }

    [Fact]
    public async Task Writers_that_reload_and_retry_on_a_conflict_lose_no_update_of_a_goal()
    {
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() =>
            AppendWithRetryAsync(_sample.MidTerm.Id, $"[{i}]"), Token)));

        var description = (string)Sql.Scalar(_database, "SELECT description FROM goals WHERE id = @id", ("@id", _sample.MidTerm.Id.Value))!;
        Assert.All(Enumerable.Range(0, Writers), i => Assert.Equal(1, Occurrences(description, $"[{i}]")));
    }

    [Fact]
    public async Task Writers_that_reload_and_retry_on_a_conflict_lose_no_update_of_a_session()
    {
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() =>
            AppendWithRetryAsync(_sample.Session.Id, $"<{i}>"), Token)));

        var description = (string)Sql.Scalar(_database, "SELECT description FROM goals WHERE id = @id", ("@id", _sample.Session.Id.Value))!;
        Assert.All(Enumerable.Range(0, Writers), i => Assert.Equal(1, Occurrences(description, $"<{i}>")));
    }

    // Read-modify-write of one goal row: correct to retry, because the new value is computed from what was read.
    private async Task AppendWithRetryAsync(GoalId id, string mark)
    {
        while (true)
        {
            await using var db = _database.NewContext();
            var goal = await db.Goals.AsTracking().SingleAsync(g => g.Id == id, Token);
            goal.Describe(goal.Description + mark, Now());
            try
            {
                await db.SaveChangesAsync(Token);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                // someone else saved first: read their version and apply ours on top
            }
        }
    }

    private static int Occurrences(string text, string mark) => (text.Length - text.Replace(mark, "", StringComparison.Ordinal).Length) / mark.Length;
}
