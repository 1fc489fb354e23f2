using Ardalis.Specification;
using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// Our evaluator gives the store the meaning Ardalis' in-memory <see cref="Specification{T}.Evaluate"/> gives a
/// list: the same rows in the same order for criteria, ordering by dates, numbers, flags and ids, paging and the
/// lifted soft-delete filter. Text is the exception: the store orders it by code point (§1.9), memory by culture,
/// so a specification evaluated in memory never orders by text (ADR 0035).
/// </summary>
public sealed class SpecificationEvaluatorTests(BusyFractals data) : IClassFixture<BusyFractals>
{
    private static readonly string[] MixedCaseNames = ["banana", "Cherry", "😀", "apple", "Apple", "éclair", "\uFF01", "Zebra"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private sealed class SessionsByCompletionThenNewest : Specification<Goal>
    {
        public SessionsByCompletionThenNewest(GoalId rootId, int skip, int take) =>
            Query.Where(g => g.RootId == rootId).Where(g => g.Type == GoalType.PracticeSession)
                .OrderBy(g => g.Completed).ThenByDescending(g => g.CreatedAt).Skip(skip).Take(take);
    }

    private sealed class CompletedInstancesOldestFirst : Specification<ActivityInstance>
    {
        public CompletedInstancesOldestFirst(int skip, int take) =>
            Query.Where(i => i.Completed).OrderBy(i => i.CreatedAt).Skip(skip).Take(take);
    }

    private sealed class GoalsByTypeThenName : Specification<Goal>
    {
        public GoalsByTypeThenName() => Query.Where(g => g.Type != GoalType.PracticeSession).OrderByDescending(g => g.Type).ThenBy(g => g.Name);
    }

    private sealed class GroupsBySortOrder : Specification<ActivityGroup>
    {
        public GroupsBySortOrder(bool descending)
        {
            if (descending) Query.OrderByDescending(g => g.SortOrder).ThenBy(g => g.Name);
            else Query.OrderBy(g => g.SortOrder).ThenBy(g => g.Name);
        }
    }

    private sealed class GroupsByName : Specification<ActivityGroup>
    {
        public GroupsByName() => Query.OrderBy(g => g.Name);
    }

    public static TheoryData<int, int> Pages() => new() { { 0, 20 }, { 5, 10 }, { 55, 10 }, { 0, 0 }, { 100, 5 } };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Where_order_then_order_skip_and_take_on_goals_match_the_in_memory_evaluation(int skip, int take)
    {
        var spec = new SessionsByCompletionThenNewest(data.Root(2).Id, skip, take);
        await using var db = data.Database.NewContext();

        var fromSql = await new EfRepository<Goal>(db).ListAsync(spec, Token);
        var inMemory = spec.Evaluate(await db.Goals.AsNoTracking().ToListAsync(Token)).ToList();

        Assert.Equal(inMemory.Select(g => g.Id), fromSql.Select(g => g.Id));
        Assert.Equal(Math.Max(0, Math.Min(take, BusyFractals.SessionsPerFractal - skip)), fromSql.Count);
        Assert.Equal(inMemory.Count, await new EfRepository<Goal>(db).CountAsync(spec, Token));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Where_order_skip_and_take_on_instances_match_the_in_memory_evaluation(int skip, int take)
    {
        var spec = new CompletedInstancesOldestFirst(skip, take);
        await using var db = data.Database.NewContext();

        var fromSql = await new EfRepository<ActivityInstance>(db).ListAsync(spec, Token);
        var inMemory = spec.Evaluate(await db.Set<ActivityInstance>().AsNoTracking().ToListAsync(Token)).ToList();

        Assert.Equal(inMemory.Select(i => i.Id), fromSql.Select(i => i.Id));
        Assert.Equal(inMemory.FirstOrDefault()?.Id, (await new EfRepository<ActivityInstance>(db).FirstOrDefaultAsync(spec, Token))?.Id);
        Assert.Equal(inMemory.Count > 0, await new EfRepository<ActivityInstance>(db).AnyAsync(spec, Token));
    }

    [Fact]
    public async Task Ordering_goals_by_type_in_sql_follows_the_stored_name_not_the_level()
    {
        // goals.type is text, so SQL sorts the names; Evaluate sorts the enum's values. Specs must not order by Type.
        await using var db = data.Database.NewContext();

        var fromSql = await new EfRepository<Goal>(db).ListAsync(new GoalsByTypeThenName(), Token);

        Assert.Equal([GoalType.UltimateGoal, GoalType.ShortTermGoal, GoalType.MidTermGoal, GoalType.LongTermGoal], fromSql.Select(g => g.Type).Distinct());
        Assert.Equal(fromSql.Where(g => g.Type == GoalType.ShortTermGoal).Select(g => g.Name).Order(StringComparer.Ordinal),
            fromSql.Where(g => g.Type == GoalType.ShortTermGoal).Select(g => g.Name));
    }

    [Fact]
    public async Task Lifting_the_soft_delete_filter_by_name_matches_the_in_memory_evaluation_over_every_row()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        var sample = await SampleFractal.SaveNewAsync(database);
        await using (var db = database.NewContext())
        {
            var goals = await db.Goals.Where(g => g.RootId == sample.Root.Id).ToListAsync(Token);
            new GoalTree(goals.Single(g => g.IsFractalRoot), goals).Delete(sample.Session.Id, SampleFractal.Created.AddDays(1));
            await db.SaveChangesAsync(Token);
        }
        await using var check = database.NewContext();
        var every = await check.Goals.IgnoreQueryFilters([SoftDeleteFilter.Name]).AsNoTracking().ToListAsync(Token);

        var live = await new EfRepository<Goal>(check).ListAsync(new GoalsOfFractal(sample.Root.Id), Token);
        var all = await new EfRepository<Goal>(check).ListAsync(new GoalsOfFractal(sample.Root.Id, includeDeleted: true), Token);

        Assert.Equal(every.Count, all.Count);
        Assert.Equal(new GoalsOfFractal(sample.Root.Id).Evaluate(every).Count(g => !g.IsDeleted), live.Count);
        Assert.Equal(sample.Goals.Count - 2, live.Count);   // the session and its immediate goal are hidden
    }

    [Fact]
    public async Task Specifications_do_not_track_unless_they_ask_to()
    {
        await using var db = data.Database.NewContext();

        await new EfRepository<Goal>(db).ListAsync(new GoalsOfFractal(data.Root(0).Id), Token);
        var untracked = db.ChangeTracker.Entries().Count();
        var tracked = await new EfRepository<Goal>(db).ListAsync(new GoalsOfFractal(data.Root(0).Id, tracking: true), Token);

        Assert.Equal(0, untracked);
        Assert.Equal(tracked.Count, db.ChangeTracker.Entries<Goal>().Count());
    }

    [Fact]
    public async Task Ordering_by_text_in_the_store_is_binary_code_point_order()
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        var root = Goal.CreateFractal("Root", null, GoalType.UltimateGoal, SampleFractal.Created);
        await using (var db = database.NewContext())
        {
            db.Goals.Add(root);
            db.AddRange(MixedCaseNames.Select((name, i) => ActivityGroup.Create(root, name, null, i, SampleFractal.Created)));
            await db.SaveChangesAsync(Token);
        }
        await using var check = database.NewContext();
        var spec = new GroupsByName();

        var fromSql = (await new EfRepository<ActivityGroup>(check).ListAsync(spec, Token)).Select(g => g.Name).ToList();

        Assert.Equal(["Apple", "Cherry", "Zebra", "apple", "banana", "éclair", "\uFF01", "😀"], fromSql);   // api-contract §1.9: binary (UTF-8 byte) order
    }

    [Theory]
    [InlineData(false, new[] { "n1", "n2", "a", "b" })]
    [InlineData(true, new[] { "b", "a", "n1", "n2" })]
    public async Task Null_keys_order_as_in_sqlite_first_ascending_and_last_descending_on_every_provider(bool descending, string[] expected)
    {
        await using var database = await TestDatabase.CreateAsync(Token);
        var root = Goal.CreateFractal("Root", null, GoalType.UltimateGoal, SampleFractal.Created);
        await using (var db = database.NewContext())
        {
            db.Goals.Add(root);
            db.AddRange(new[] { ("b", 2), ("n2", 0), ("a", 1), ("n1", 0) }.Select(g => ActivityGroup.Create(root, g.Item1, null, g.Item2, SampleFractal.Created)));
            await db.SaveChangesAsync(Token);
        }
        Sql.Execute(database, "UPDATE activity_groups SET sort_order = NULL WHERE name LIKE 'n%'");   // legacy rows without a position
        await using var check = database.NewContext();
        var spec = new GroupsBySortOrder(descending);

        var fromSql = (await new EfRepository<ActivityGroup>(check).ListAsync(spec, Token)).Select(g => g.Name).ToList();
        var inMemory = spec.Evaluate(await check.Set<ActivityGroup>().ToListAsync(Token)).Select(g => g.Name).ToList();

        Assert.Equal(expected, fromSql);
        Assert.Equal(fromSql, inMemory);
    }
}
