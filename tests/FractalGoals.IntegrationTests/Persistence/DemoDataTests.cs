using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

public sealed class DemoDataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_data_seeds_one_complete_fractal_once()
    {
        await using var database = await TestDatabase.CreateAsync(Ct);

        await using (var db = database.NewContext())
            Assert.True(await DemoData.SeedAsync(db, database.Clock, Ct));
        await using (var db = database.NewContext())
            Assert.False(await DemoData.SeedAsync(db, database.Clock, Ct));   // never twice, never over real data

        await using var read = database.NewContext();
        var root = await read.Goals.SingleAsync(g => g.ParentId == null, Ct);
        var goals = await read.Goals.Where(g => g.RootId == root.Id).ToListAsync(Ct);
        var instance = await read.Set<ActivityInstance>().SingleAsync(Ct);
        Assert.Equal([GoalType.UltimateGoal, GoalType.LongTermGoal, GoalType.MidTermGoal, GoalType.ShortTermGoal, GoalType.PracticeSession],
            goals.Select(g => g.Type).Order());
        Assert.Equal(600, instance.DurationSeconds);
        Assert.Equal([80.0, 12.0], instance.MetricValues.Select(v => v.Value));
    }
}
