using FractalGoals.Domain.Activities;
using FractalGoals.Domain.Goals;
using FractalGoals.Domain.Programs;
using FractalGoals.Domain.Sessions;
using FractalGoals.Domain.Templates;
using FractalGoals.Infrastructure;
using FractalGoals.Infrastructure.Copy;
using FractalGoals.Infrastructure.Persistence;
using FractalGoals.IntegrationTests.Persistence;
using FractalGoals.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.Copy;

/// <summary>
/// <c>db copy</c>'s engine: a current-schema SQLite database (two sample fractals with a row in every table, one
/// goal soft-deleted, plus the demo fractal) lands in an empty PostgreSQL database verified, reads back as the same
/// aggregates in the same child order, and is refused into a database that holds rows.
/// </summary>
[Trait("Provider", "PostgresOnly")]
public sealed class SqliteToPostgresCopyTests : IAsyncLifetime
{
    private TestDatabase _source = null!;
    private string _target = null!;
    private SampleFractal _first = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _source = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, Token);
        _first = await SampleFractal.SaveNewAsync(_source, "a");
        await SampleFractal.SaveNewAsync(_source, "b");
        await using (var db = _source.NewContext())
        {
            var goals = await db.Goals.Where(g => g.RootId == _first.Root.Id).ToListAsync(Token);
            new GoalTree(goals.Single(g => g.IsFractalRoot), goals).Delete(_first.Immediate.Id, SampleFractal.Created.AddHours(1));
            await db.SaveChangesAsync(Token);
        }
        await using (var db = _source.NewContext())
            await DemoData.SeedAsync(db, _source.Clock, Token);
        // An account with a claim, a login, a token, a lockout end and the first fractal, so every table has rows (ADR 0051).
        Sql.Execute(_source, """
            INSERT INTO users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash, security_stamp,
                               concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_end, lockout_enabled, access_failed_count)
            VALUES ('u1', 'ada@example.com', 'ADA@EXAMPLE.COM', 'ada@example.com', 'ADA@EXAMPLE.COM', 1, 'hash', 'stamp', 'c', 0, 0,
                    '2026-12-07 17:05:30.1234567+01:00', 1, 2)
            """);
        Sql.Execute(_source, "INSERT INTO user_claims (id, user_id, claim_type, claim_value) VALUES (7, 'u1', 'role', 'coach')");
        Sql.Execute(_source, "INSERT INTO user_logins (login_provider, provider_key, provider_display_name, user_id) VALUES ('oidc', 'sub-1', 'Keycloak', 'u1')");
        Sql.Execute(_source, "INSERT INTO user_tokens (user_id, login_provider, name, value) VALUES ('u1', '[AspNetUserStore]', 'AuthenticatorKey', 'k')");
        Sql.Execute(_source, "INSERT INTO fractal_owners (root_id, user_id) SELECT id, 'u1' FROM goals WHERE parent_id IS NULL AND type = 'UltimateGoal' ORDER BY id LIMIT 1");
        _target = await TestStore.CreatePostgresDatabaseAsync(Token);
    }

    public async ValueTask DisposeAsync()
    {
        await TestStore.DropPostgresDatabaseAsync(_target);
        await _source.DisposeAsync();
    }

    [Fact]
    public async Task Every_table_is_copied_with_equal_row_counts_and_checksums()
    {
        var results = await Copy();

        Assert.Equal(13 + 5, results.Count);   // the account tables too (ADR 0051)
        Assert.All(results, r => Assert.True(r.Verified, SqliteToPostgresCopy.Describe(r)));
        Assert.All(results, r => Assert.True(r.SourceRows > 0, $"{r.Table} has no rows to copy: the sample should fill every table"));
        Assert.Equal(Sql.Scalar(_source, "SELECT count(*) FROM goals"), results.Single(r => r.Table == "goals").TargetRows);
    }

    [Fact]
    public async Task Every_aggregate_reads_back_from_postgres_as_it_reads_from_sqlite_including_deleted_rows_and_child_order()
    {
        await Copy();
        await using var sqlite = _source.NewContext();
        await using var postgres = InfrastructureServices.CreateContext(DatabaseProvider.Postgres, _target, _source.Clock);

        await AssertSameAsync<Goal, GoalId>(sqlite, postgres, g => g.Id);
        await AssertSameAsync<ActivityGroup, ActivityGroupId>(sqlite, postgres, g => g.Id);
        await AssertSameAsync<ActivityDefinition, ActivityDefinitionId>(sqlite, postgres, a => a.Id);
        await AssertSameAsync<ActivityInstance, ActivityInstanceId>(sqlite, postgres, i => i.Id);
        await AssertSameAsync<SessionTemplate, SessionTemplateId>(sqlite, postgres, t => t.Id);
        await AssertSameAsync<TrainingProgram, ProgramId>(sqlite, postgres, p => p.Id);
        var session = await postgres.Goals.SingleAsync(g => g.Id == _first.Session.Id, Token);
        Assert.Equal(_first.Session.ParentIds, session.ParentIds);   // insertion order carried over from rowid
        Assert.Null(await postgres.Goals.SingleOrDefaultAsync(g => g.Id == _first.Immediate.Id, Token));   // still soft-deleted
    }

    [Fact]
    public async Task A_child_added_after_the_copy_comes_after_the_copied_children()
    {
        await Copy();
        await using (var db = InfrastructureServices.CreateContext(DatabaseProvider.Postgres, _target, _source.Clock))
        {
            var activity = await db.Set<ActivityDefinition>().SingleAsync(a => a.Id == _first.Activity.Id, Token);
            activity.ReconcileMetrics([.. activity.ActiveMetrics.Select(m => new MetricDraft(m.Name, m.Unit, m.IsTopSetMetric, m.IsMultiplicative, m.Id)),
                new MetricDraft("Tempo", "bpm")], _ => true, SampleFractal.Created.AddDays(1));
            await db.SaveChangesAsync(Token);
        }

        await using var read = InfrastructureServices.CreateContext(DatabaseProvider.Postgres, _target, _source.Clock);
        var loaded = await read.Set<ActivityDefinition>().SingleAsync(a => a.Id == _first.Activity.Id, Token);
        Assert.Equal("Tempo", loaded.Metrics[^1].Name);
        Assert.True(loaded.Metrics[^1].InsertionOrder > loaded.Metrics[^2].InsertionOrder);
    }

    [Fact]
    public async Task A_copy_into_a_database_that_holds_rows_is_refused_and_changes_nothing()
    {
        await Copy();
        var before = await CountAsync("goals");

        var refused = await Assert.ThrowsAsync<CopyRefusedException>(Copy);

        Assert.Contains("not empty", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync("goals"));
    }

    [Fact]
    public async Task A_row_the_target_refuses_rolls_the_whole_copy_back()
    {
        // PostgreSQL text cannot hold NUL; SQLite can. The goals table is copied first and is fine; this row is later.
        Sql.Execute(_source, "UPDATE session_templates SET description = 'a' || char(0) || 'b'");

        await Assert.ThrowsAnyAsync<Npgsql.NpgsqlException>(Copy);

        Assert.Equal(0, await CountAsync("goals"));   // nothing committed, not even the tables copied before
        Sql.Execute(_source, "UPDATE session_templates SET description = 'ab'");
        Assert.All(await Copy(), r => Assert.True(r.Verified));   // so the same target takes the repaired source
    }

    [Fact]
    public void The_checksum_sees_a_changed_value_and_ignores_the_order_rows_are_read_in()
    {
        (string, IReadOnlyList<string>) Row(string id, string value) => (id, [id, value]);

        var original = RowCanonicalForm.Checksum([Row("a", "x"), Row("b", "y")]);

        Assert.Equal(original, RowCanonicalForm.Checksum([Row("b", "y"), Row("a", "x")]));
        Assert.NotEqual(original, RowCanonicalForm.Checksum([Row("a", "x"), Row("b", "Y")]));
        Assert.NotEqual(original, RowCanonicalForm.Checksum([Row("a", "x")]));
        Assert.NotEqual(RowCanonicalForm.Checksum([("a", ["ab", "c"])]), RowCanonicalForm.Checksum([("a", ["a", "bc"])]));
        Assert.NotEqual(RowCanonicalForm.Of(null, "text"), RowCanonicalForm.Of("", "text"));
    }

    [Fact]
    public async Task A_source_without_the_current_schema_is_refused()
    {
        var empty = Path.Combine(_source.Folder, "empty.db");
        await File.WriteAllBytesAsync(empty, [], Token);

        var refused = await Assert.ThrowsAsync<CopyRefusedException>(() => new SqliteToPostgresCopy(TimeProvider.System).RunAsync(empty, _target, Token));

        Assert.Contains("upgrade it first", refused.Message, StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<TableCopyResult>> Copy() => new SqliteToPostgresCopy(TimeProvider.System).RunAsync(_source.FilePath, _target, Token);

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_target);
        await connection.OpenAsync(Token);
        await using var command = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }

    private static async Task AssertSameAsync<T, TId>(FractalGoalsDbContext sqlite, FractalGoalsDbContext postgres, Func<T, TId> id)
        where T : class
        where TId : notnull
    {
        var expected = await sqlite.Set<T>().IgnoreQueryFilters([SoftDeleteFilter.Name]).ToListAsync(Token);
        var actual = (await postgres.Set<T>().IgnoreQueryFilters([SoftDeleteFilter.Name]).ToListAsync(Token)).ToDictionary(id);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var entity in expected) PropertyAssert.Equivalent(entity, actual[id(entity)], $"{typeof(T).Name} {id(entity)}");
    }
}
