using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FractalGoals.Domain.Goals;
using FractalGoals.FunctionalTests.Sessions;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.FunctionalTests.Goals;

/// <summary>
/// A fractal summary's updated_at (§2.9) is the newest stamp over the root and what parent_id reaches from it: not a
/// parentless session or anything under it, not a deleted goal. The list computes it with an aggregate (ADR 0030),
/// falling back to a walk where goals hang under a parentless session.
/// </summary>
public sealed class FractalSummaryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly DateTime T0 = new(2025, 3, 1, 8, 0, 0);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_lone_root_shows_its_own_stamp()
    {
        var root = Goal.CreateFractal("Alone", null, GoalType.UltimateGoal, T0.AddTicks(17));
        await factory.SeedAsync(db => { db.Add(root); return Task.CompletedTask; });

        Assert.Equal("2025-03-01T08:00:00.000001", await UpdatedAtAsync(root.Id));
    }

    [Fact]
    public async Task The_newest_goal_anywhere_in_the_tree_sessions_and_their_goals_included_gives_the_stamp()
    {
        var root = Goal.CreateFractal("Tree", null, GoalType.UltimateGoal, T0);
        var longTerm = root.AddChild("Long", null, GoalType.LongTermGoal, null, T0.AddDays(1));
        var midTerm = longTerm.AddChild("Mid", null, GoalType.MidTermGoal, null, T0.AddDays(2));
        var shortTerm = midTerm.AddChild("Short", null, GoalType.ShortTermGoal, null, T0.AddDays(3));
        var session = shortTerm.AddSession(new SessionDetails("Session"), T0.AddDays(4));
        var immediate = session.AddChild("Immediate", null, GoalType.ImmediateGoal, null, T0.AddDays(5));
        await factory.SeedAsync(db => { db.AddRange(root, longTerm, midTerm, shortTerm, session, immediate); return Task.CompletedTask; });
        Assert.Equal("2025-03-06T08:00:00", await UpdatedAtAsync(root.Id));

        await ChangeAsync(longTerm.Id, g => g.Rename("Long, renamed", T0.AddDays(9)));

        Assert.Equal("2025-03-10T08:00:00", await UpdatedAtAsync(root.Id));
    }

    [Fact]
    public async Task A_parentless_session_and_the_goals_under_it_do_not_count_even_when_newest()
    {
        var root = Goal.CreateFractal("With a parentless session", null, GoalType.UltimateGoal, T0);
        var longTerm = root.AddChild("Long", null, GoalType.LongTermGoal, null, T0.AddDays(1));
        var parentless = Goal.StartParentlessSession(root, new SessionDetails("Parentless"), T0.AddDays(7));
        var underIt = parentless.AddChild("Immediate", null, GoalType.ImmediateGoal, null, T0.AddDays(8));
        var deeper = underIt.AddChild("Micro", null, GoalType.MicroGoal, null, T0.AddDays(9));
        await factory.SeedAsync(db => { db.AddRange(root, longTerm, parentless, underIt, deeper); return Task.CompletedTask; });

        Assert.Equal("2025-03-02T08:00:00", await UpdatedAtAsync(root.Id));

        await ChangeAsync(longTerm.Id, g => g.Rename("Later still", T0.AddDays(20)));
        Assert.Equal("2025-03-21T08:00:00", await UpdatedAtAsync(root.Id));
    }

    [Fact]
    public async Task A_deleted_goal_does_not_count()
    {
        var root = Goal.CreateFractal("With a deleted goal", null, GoalType.UltimateGoal, T0);
        var longTerm = root.AddChild("Long", null, GoalType.LongTermGoal, null, T0.AddDays(1));
        var gone = root.AddChild("Gone", null, GoalType.LongTermGoal, null, T0.AddDays(30));
        await factory.SeedAsync(db => { db.AddRange(root, longTerm, gone); return Task.CompletedTask; });
        Assert.Equal("2025-03-31T08:00:00", await UpdatedAtAsync(root.Id));

        await SessionTestData.DeleteGoalAsync(factory, root.Id.Value, gone.Id.Value);

        Assert.Equal("2025-03-02T08:00:00", await UpdatedAtAsync(root.Id));
    }

    private async Task<string?> UpdatedAtAsync(GoalId rootId)
    {
        var list = (await factory.CreateClient().GetFromJsonAsync<JsonArray>("/api/fractals", Ct))!;
        return (string?)list.Single(f => (string?)f!["id"] == rootId.Value)!["updated_at"];
    }

    private Task ChangeAsync(GoalId id, Action<Goal> change) =>
        factory.SeedAsync(async db => change(await db.Goals.AsTracking().SingleAsync(g => g.Id == id, Ct)));
}
