using System.Text.RegularExpressions;
using Ardalis.Specification;
using FractalGoals.Application.Activities.Specifications;
using FractalGoals.Application.Common.Fractals;
using FractalGoals.Application.Goals.Specifications;
using FractalGoals.Application.Sessions.Specifications;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Sessions;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Persistence;

/// <summary>
/// The hot queries are answered from the index built for them (domain-rules §14), never by scanning the table.
/// SQLite picks two of the partial indexes only once <c>ANALYZE</c> has run; without statistics it still
/// searches an index on <c>root_id</c>/<c>activity_id</c> (checked separately, since the application never analyses).
/// </summary>
[Trait("Provider", "SqliteOnly")]   // PostgreSQL counterpart: PostgresSchemaTests
public sealed partial class QueryPlanTests(BusyFractals data) : IClassFixture<BusyFractals>
{
    public sealed record HotQuery(string Table, string Sql, string Index, bool Ordered = false, bool NeedsStatistics = false);

    private static readonly Dictionary<string, HotQuery> HotQueries = new()
    {
        ["instances of a fractal, newest first"] = new("activity_instances",
            "SELECT * FROM activity_instances WHERE root_id = @root ORDER BY created_at DESC", "idx_activity_instances_root_date", Ordered: true),
        ["values of one metric in a fractal"] = new("metric_values",
            "SELECT * FROM metric_values WHERE root_id = @root AND metric_definition_id = @metric", "idx_metric_values_root_metric"),
        ["the 20 newest sessions of a fractal"] = new("goals",
            "SELECT * FROM goals WHERE root_id = @root AND type = 'PracticeSession' ORDER BY created_at DESC LIMIT 20", "idx_goals_practice_sessions", Ordered: true),
        ["goals of a fractal by type"] = new("goals",
            "SELECT * FROM goals WHERE root_id = @root AND type = @type", "idx_goals_root_type"),
        ["active metric definitions of an activity"] = new("metric_definitions",
            "SELECT * FROM metric_definitions WHERE activity_id = @activity AND is_active = 1", "idx_metric_definitions_active", NeedsStatistics: true),
        ["completed goals of a fractal"] = new("goals",
            "SELECT * FROM goals WHERE root_id = @root AND completed = 1", "idx_goals_completed", NeedsStatistics: true),
    };

    public static TheoryData<string> HotQueryNames() => [.. HotQueries.Keys];

    [Theory]
    [MemberData(nameof(HotQueryNames))]
    public void With_statistics_a_hot_query_searches_its_intended_index_and_never_scans_the_table(string name)
    {
        var query = HotQueries[name];
        using var connection = data.OpenAnalysedCopy();

        var plan = Plan(connection, query.Sql);

        AssertUses(plan, query.Table, query.Index, query.Ordered);
    }

    [Theory]
    [MemberData(nameof(HotQueryNames))]
    public void Without_statistics_a_hot_query_still_searches_an_index_and_only_two_fall_back_to_a_broader_one(string name)
    {
        var query = HotQueries[name];
        using var connection = data.Database.OpenConnection();

        var plan = Plan(connection, query.Sql);

        if (query.NeedsStatistics) AssertSearches(plan, query.Table);
        else AssertUses(plan, query.Table, query.Index, query.Ordered);
    }

    [Fact]
    public async Task The_sql_ef_generates_for_the_recent_sessions_spec_uses_the_practice_sessions_index()
    {
        await using var db = data.Database.NewContext();
        var query = SpecificationEvaluator.Apply(db.Set<Goal>(), new RecentSessionsOfFractal(data.Root(1).Id));
        using var connection = data.Database.OpenConnection();

        var plan = Sql.QueryPlan(connection, WithLiterals(query.ToQueryString()));

        AssertUses(plan, "g", "idx_goals_practice_sessions", ordered: false);
        Assert.DoesNotContain("USE TEMP B-TREE FOR ORDER BY", plan);   // created_at order comes from the index; only EF's id tie-breakers sort
        Assert.Contains(plan, p => p.StartsWith("SEARCH p USING", StringComparison.Ordinal));   // the auto-included links
        Assert.Equal(20, (await query.ToListAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task The_sql_ef_generates_for_the_instances_of_a_fractal_uses_the_root_date_index()
    {
        await using var db = data.Database.NewContext();
        var query = SpecificationEvaluator.Apply(db.Set<ActivityInstance>(), new InstancesOfFractal(data.Root(2).Id));
        using var connection = data.Database.OpenConnection();

        var plan = Sql.QueryPlan(connection, WithLiterals(query.ToQueryString()));

        AssertUses(plan, "a", "idx_activity_instances_root_date", ordered: false);
        Assert.DoesNotContain("USE TEMP B-TREE FOR ORDER BY", plan);   // created_at order comes from the index; only EF's id tie-breaker sorts
        Assert.True(plan.Any(ByInstance), $"values by instance: {string.Join(" | ", plan)}");
    }

    // Values by instance id: through idx_metric_values_instance or ix_metric_values_slot (ADR 0043), whose leading key is the
    // instance too; SQLite may pick either, both a search on activity_instance_id with no sort.
    private static bool ByInstance(string step) =>
        (step.StartsWith("SEARCH m USING INDEX idx_metric_values_instance ", StringComparison.Ordinal)
         || step.StartsWith("SEARCH m USING INDEX ix_metric_values_slot ", StringComparison.Ordinal))
        && step.Contains(" (activity_instance_id=?)", StringComparison.Ordinal);

    // The specifications the big reads run (ADR 0030): each one root-scoped, each answered from an index on root_id.
    public static TheoryData<string> BigReadNames() => [.. BigReads.Keys];

    private static readonly Dictionary<string, (Func<FractalGoalsDbContext, GoalId, string> Sql, string Table, string IndexPrefix)> BigReads = new()
    {
        ["the root check"] = ((db, root) => SqlOf(db, new AccessibleFractalSpec(root)), "g", "sqlite_autoindex_goals_1"),
        // Live goals by root: the reference's root_id index, or ix_goals_root_stamp (root_id, deleted_at, …) — ADR 0034.
        ["every live goal of a fractal"] = ((db, root) => SqlOf(db, new FractalGoalsSpec(root)), "g", "idx_goals_root|ix_goals_root_stamp"),
        ["every live goal of several fractals"] = ((db, root) => SqlOf(db, new GoalsOfFractalsSpec([root, GoalId.New()])), "g", "idx_goals_root|ix_goals_root_stamp"),
        ["a fractal's sessions, newest first"] = ((db, root) => SqlOf(db, new SessionsOfFractalSpec(root)), "g", "idx_goals_practice_sessions"),
        ["one page of a fractal's sessions"] = ((db, root) => SqlOf(db, new SessionsOfFractalSpec(root, 20, 10)), "g", "idx_goals_practice_sessions"),
        ["the instances of a fractal"] = ((db, root) => SqlOf(db, new InstancesOfFractalsSpec([root])), "a", "idx_activity_instances_root"),
        ["the instance rows of a fractal"] = ((db, root) => InstanceRows.Rows(db, [root]).ToQueryString(), "a", "idx_activity_instances_root"),
        ["the instance rows of several fractals"] = ((db, root) => InstanceRows.Rows(db, [root, GoalId.New()]).ToQueryString(), "a", "idx_activity_instances_root"),
        ["the value rows of a fractal"] = ((db, root) => InstanceRows.Values(db, [root]).ToQueryString(), "a", "idx_activity_instances_root"),
        ["the instances of a page of sessions"] = ((db, root) => SqlOf(db, new InstancesOfSessionsSpec(root, [GoalId.New(), GoalId.New()])), "a", "idx_activity_instances_"),
        ["the activity names of a fractal"] = ((db, root) => SqlOf(db, new ActivitiesOfFractalIncludingRetiredSpec(root)), "a", "idx_activity_definitions_root"),
        ["the activity names of several fractals"] = ((db, root) => SqlOf(db, new ActivitiesOfFractalsIncludingRetiredSpec([root, GoalId.New()])), "a", "idx_activity_definitions_root"),
    };

    private static string SqlOf<T>(FractalGoalsDbContext db, ISpecification<T> specification)
        where T : class => SpecificationEvaluator.Apply(db.Set<T>(), specification).ToQueryString();

    [Fact]
    public async Task A_root_scoped_query_sends_the_fractal_id_as_a_parameter_so_every_fractal_shares_one_plan()
    {
        await using var db = data.Database.NewContext();
        var root = data.Root(0).Id;

        // ToQueryString lists the parameters' values first (".param set …"); the statement itself must not hold the id.
        var sql = string.Join('\n', SqlOf(db, new FractalGoalsSpec(root)).Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));

        Assert.DoesNotContain(root.Value, sql, StringComparison.Ordinal);
        Assert.Matches(@"""root_id""\s*=\s*@", sql);
    }

    [Theory]
    [MemberData(nameof(BigReadNames))]
    public async Task The_sql_ef_generates_for_a_big_read_searches_a_root_index_and_scans_no_table(string name)
    {
        await using var db = data.Database.NewContext();
        var (sqlOf, table, indexPrefix) = BigReads[name];
        var sql = sqlOf(db, data.Root(0).Id);
        using var connection = data.Database.OpenConnection();

        var plan = Sql.QueryPlan(connection, WithLiterals(sql));

        var shown = string.Join(" | ", plan);
        Assert.True(plan.Any(p => indexPrefix.Split('|').Any(prefix =>
                p.StartsWith($"SEARCH {table} USING INDEX {prefix}", StringComparison.Ordinal)
                || p.StartsWith($"SEARCH {table} USING COVERING INDEX {prefix}", StringComparison.Ordinal))),
            $"expected a search of {table} with {indexPrefix}…, plan: {shown}");
        // A page reads its rows through a subquery (EF's LIMIT before the included links); scanning that result is fine.
        var subqueries = plan.Where(p => p.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || p.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
            .Select(p => p.Split(' ')[1]).ToHashSet();
        Assert.DoesNotContain(plan, p => p.StartsWith("SCAN ", StringComparison.Ordinal) && !p.Contains("USING", StringComparison.Ordinal) && !subqueries.Contains(p.Split(' ')[1]));
    }

    [Fact]
    public async Task The_value_rows_are_found_through_their_instances_and_nothing_is_sorted()
    {
        await using var db = data.Database.NewContext();
        var sql = InstanceRows.Values(db, [data.Root(0).Id]).ToQueryString();
        using var connection = data.Database.OpenConnection();

        var plan = Sql.QueryPlan(connection, WithLiterals(sql));

        var shown = string.Join(" | ", plan);
        Assert.True(plan.Any(ByInstance), $"values by instance: {shown}");
        Assert.DoesNotContain(plan, p => p.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.DoesNotContain("TEMP B-TREE", string.Join(" | ", Sql.QueryPlan(connection, WithLiterals(InstanceRows.Rows(db, [data.Root(0).Id]).ToQueryString()))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fractal_list_aggregate_scans_only_its_covering_index_and_finds_detached_children_by_parent_index()
    {
        await using var db = data.Database.NewContext();
        using var connection = data.Database.OpenConnection();

        var newest = Sql.QueryPlan(connection, FractalUpdateStamps.NewestWithParent(db).ToQueryString());
        var detached = Sql.QueryPlan(connection, FractalUpdateStamps.WithDetachedChildren(db).ToQueryString());

        // ADR 0034: the narrow index holds every column the aggregate reads, so no goal row is read.
        Assert.Equal(["SCAN g USING COVERING INDEX ix_goals_root_stamp"], newest);
        Assert.Contains(detached, p => p.StartsWith("SEARCH g USING INDEX idx_goals_parent", StringComparison.Ordinal));
        Assert.Contains(detached, p => p.StartsWith("SEARCH g0 ", StringComparison.Ordinal) && p.Contains("INDEX idx_goals_parent", StringComparison.Ordinal));
        AssertNoPlainScan(detached, "g");
        var rows = await FractalUpdateStamps.NewestWithParent(db).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(BusyFractals.Fractals, rows.Count);
    }

    private List<string> Plan(System.Data.Common.DbConnection connection, string sql)
    {
        var activity = data.Activities[1];
        return Sql.QueryPlan(connection, sql,
            ("@root", data.Root(1).Id.Value), ("@metric", activity.Metrics[0].Id.Value), ("@activity", activity.Id.Value), ("@type", "ShortTermGoal"));
    }

    private static void AssertUses(List<string> plan, string table, string index, bool ordered)
    {
        var shown = string.Join(" | ", plan);
        Assert.True(plan.Any(p => p.StartsWith($"SEARCH {table} USING INDEX {index} ", StringComparison.Ordinal)
                                  || p.StartsWith($"SEARCH {table} USING COVERING INDEX {index} ", StringComparison.Ordinal)),
            $"expected a search of {table} with {index}, plan: {shown}");
        AssertNoPlainScan(plan, table);
        if (ordered) Assert.DoesNotContain(plan, p => p.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    private static void AssertSearches(List<string> plan, string table)
    {
        Assert.Contains(plan, p => p.StartsWith($"SEARCH {table} USING ", StringComparison.Ordinal) && p.Contains("INDEX", StringComparison.Ordinal));
        AssertNoPlainScan(plan, table);
    }

    private static void AssertNoPlainScan(List<string> plan, string table) =>
        Assert.DoesNotContain(plan, p => p == $"SCAN {table}" || p.StartsWith($"SCAN {table} ", StringComparison.Ordinal) && !p.Contains("USING", StringComparison.Ordinal));

    /// <summary>EF's <c>ToQueryString()</c> for SQLite starts with <c>.param set @name literal</c> lines; inline them.</summary>
    private static string WithLiterals(string queryString)
    {
        var lines = queryString.Split('\n');
        var parameters = lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal))
            .Select(l => l[".param set ".Length..].Split(' ', 2))
            .ToDictionary(p => p[0], p => p[1].TrimEnd('\r'));
        var sql = string.Join('\n', lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal)));
        Assert.NotEmpty(parameters);
        return ParameterName().Replace(sql, m => parameters.TryGetValue(m.Value, out var literal) ? literal : m.Value);
    }

    [GeneratedRegex("@[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex ParameterName();
}
