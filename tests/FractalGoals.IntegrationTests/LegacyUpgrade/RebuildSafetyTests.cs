using FractalGoals.Infrastructure.LegacyUpgrade;
using Microsoft.Data.Sqlite;

namespace FractalGoals.IntegrationTests.LegacyUpgrade;

/// <summary>
/// Why the rebuild switches foreign-key enforcement off (issue 6 point 4), that it does so whatever the connection
/// says, and that drift within an era and a broken invariant are seen.
/// </summary>
[Trait("Provider", "SqliteOnly")]
public sealed class RebuildSafetyTests : IDisposable
{
    private readonly UpgradeWorkspace _workspace = new();

    private static CancellationToken Ct => UpgradeWorkspace.Ct;

    [Fact]
    public async Task With_enforcement_on_dropping_the_legacy_goals_table_deletes_the_sessions_instances()
    {
        var file = _workspace.Copy("post-migration-reference.db");
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False;Foreign Keys=True");
        await connection.OpenAsync(Ct);
        var before = UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM activity_instances");
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DROP TABLE goals; SELECT COUNT(*) FROM activity_instances;";

        var after = (long)(await command.ExecuteScalarAsync(Ct))!;

        Assert.True(after < before, $"{before} → {after}");   // the declared ON DELETE CASCADE fired
        await transaction.RollbackAsync(Ct);
    }

    [Fact]
    public async Task The_rebuild_switches_enforcement_off_even_on_a_connection_that_had_it_on()
    {
        var file = _workspace.Copy("post-migration-reference.db");
        var target = await TargetSchema.CreateAsync(Ct);
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False;Foreign Keys=True");
        await connection.OpenAsync(Ct);
        var schema = await SchemaInspector.ReadAsync(connection, Ct);
        var plan = await Preflight.PlanAsync(connection, schema, LegacyEra.PostMigration, target, Ct);

        await TableRebuild.RunAsync(connection, schema, plan, target, UpgradeFaults.None, Ct);

        foreach (var table in target.DataTables)
            Assert.Equal(plan.CarriedInto(table.Name), UpgradeWorkspace.Count(file, $"SELECT COUNT(*) FROM \"{table.Name}\""));
        Assert.Equal(27, plan.CarriedInto("goals"));
    }

    [Fact]
    public async Task A_pre_migration_copy_with_some_columns_already_added_keeps_their_values()
    {
        var file = _workspace.Copy("prod-2026-01-01-pre-migration.db");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE goals ADD COLUMN sort_order INTEGER DEFAULT 0; UPDATE goals SET sort_order = 7 WHERE type = 'LongTermGoal';";
            await command.ExecuteNonQueryAsync(Ct);
        }

        var report = await UpgradeWorkspace.UpgradeAsync(file);

        Assert.Equal(LegacyEra.PreMigration.ToString(), report.Era);
        Assert.Equal(["goals.sort_order"], report.Drift.UnexpectedColumns);
        Assert.Contains(report.Checksums, c => c is { SourceTable: "goals", Column: "sort_order", Equal: true });
        Assert.Equal(4, UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM goals WHERE sort_order = 7"));
    }

    [Fact]
    public async Task A_legacy_file_an_early_build_left_an_ef_lock_table_in_is_upgraded_and_the_lock_table_dropped()
    {
        var file = _workspace.Copy("prod-2026-01-01-pre-migration.db");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE __EFMigrationsLock (Id INTEGER NOT NULL PRIMARY KEY, Timestamp TEXT NOT NULL)";
            await command.ExecuteNonQueryAsync(Ct);
        }

        var report = await UpgradeWorkspace.UpgradeAsync(file);

        Assert.All(report.Checks, c => Assert.True(c.Passed, $"{c.Name}: {c.Detail}"));
        Assert.Equal(0, UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsLock'"));
    }

    [Fact]
    public async Task Verify_names_a_broken_invariant_in_an_upgraded_file()
    {
        var file = _workspace.Copy("prod-2026-01-01-pre-migration.db");
        await UpgradeWorkspace.UpgradeAsync(file);
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False;Foreign Keys=False"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE activity_instances SET root_id = '2c848745-856e-4e3a-8b05-ebdd206de496' WHERE root_id = 'a845a548-8d99-4684-a2c4-debe0caa69ce'";
            Assert.True(await command.ExecuteNonQueryAsync(Ct) > 0);
        }

        var checks = await LegacyUpgrader.VerifyAsync(file, Ct);

        Assert.Equal(["owned rows carry their owner's root_id"], checks.Where(c => !c.Passed).Select(c => c.Name));
    }

    public void Dispose() => _workspace.Dispose();
}
