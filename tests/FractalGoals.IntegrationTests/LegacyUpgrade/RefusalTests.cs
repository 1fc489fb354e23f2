using FractalGoals.Infrastructure;
using FractalGoals.Infrastructure.LegacyUpgrade;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.LegacyUpgrade;

/// <summary>What the upgrade refuses or cannot finish: a clear message, and the file exactly as it was.</summary>
[Trait("Provider", "SqliteOnly")]
public sealed class RefusalTests : IDisposable
{
    private const string Production = "prod-2026-01-01-pre-migration.db";
    private readonly UpgradeWorkspace _workspace = new();

    [Fact]
    public async Task A_read_only_file_is_refused_untouched()
    {
        var file = _workspace.Copy(Production);
        UpgradeWorkspace.SetWritable(file, writable: false);
        var before = UpgradeWorkspace.Sha256(file);

        var refused = await Assert.ThrowsAsync<UpgradeRefusedException>(() => UpgradeWorkspace.UpgradeAsync(file));

        Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, UpgradeWorkspace.Sha256(file));
        Assert.Equal([Path.GetFileName(file)], _workspace.OtherFiles());
    }

    [Fact]
    public async Task A_database_another_connection_is_writing_is_refused_untouched()
    {
        var file = _workspace.Copy(Production);
        var before = UpgradeWorkspace.Sha256(file);
        await using var writer = new SqliteConnection($"Data Source={file};Pooling=False");
        await writer.OpenAsync(UpgradeWorkspace.Ct);
        await using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync(UpgradeWorkspace.Ct);
        }

        var refused = await Assert.ThrowsAsync<UpgradeRefusedException>(() => UpgradeWorkspace.UpgradeAsync(file));

        Assert.Contains("locked", refused.Message, StringComparison.Ordinal);
        await writer.CloseAsync();
        Assert.Equal(before, UpgradeWorkspace.Sha256(file));
        Assert.Equal([Path.GetFileName(file)], _workspace.OtherFiles());
    }

    [Fact]
    public async Task A_full_disk_fails_the_upgrade_and_rolls_it_back()
    {
        var file = _workspace.Copy(Production);
        var before = UpgradeWorkspace.Sha256(file);
        var pages = UpgradeWorkspace.Count(file, "PRAGMA page_count");

        // the working copy may not grow: the rebuild needs room for old and new tables at once
        var failed = await Assert.ThrowsAsync<UpgradeFailedException>(() => UpgradeWorkspace.UpgradeAsync(file, new UpgradeFaults(MaxPages: pages)));

        Assert.Contains("disk is full", failed.Message, StringComparison.Ordinal);
        Assert.Equal(before, UpgradeWorkspace.Sha256(file));
        Assert.Equal([Path.GetFileName(file)], _workspace.OtherFiles());
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var file = Path.Combine(_workspace.Folder, "empty.db");
        await File.WriteAllBytesAsync(file, [], UpgradeWorkspace.Ct);

        var refused = await Assert.ThrowsAsync<UpgradeRefusedException>(() => UpgradeWorkspace.UpgradeAsync(file));

        Assert.Contains("empty", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await File.ReadAllBytesAsync(file, UpgradeWorkspace.Ct));
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_refused_untouched()
    {
        var file = Path.Combine(_workspace.Folder, "notes.db");
        await File.WriteAllTextAsync(file, "these are my notes, not a database\n", UpgradeWorkspace.Ct);
        var before = UpgradeWorkspace.Sha256(file);

        var refused = await Assert.ThrowsAsync<UpgradeRefusedException>(() => UpgradeWorkspace.UpgradeAsync(file));

        Assert.Contains("not a SQLite database", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, UpgradeWorkspace.Sha256(file));
    }

    [Fact]
    public async Task A_sqlite_database_without_tables_is_refused_untouched()
    {
        var file = Path.Combine(_workspace.Folder, "blank.db");
        await Execute(file, "PRAGMA user_version = 1");
        var before = UpgradeWorkspace.Sha256(file);

        var refused = await Assert.ThrowsAsync<UpgradeRefusedException>(() => UpgradeWorkspace.UpgradeAsync(file));

        Assert.Contains("empty", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, UpgradeWorkspace.Sha256(file));
    }

    [Fact]
    public async Task Another_programs_database_is_refused_untouched()
    {
        var file = Path.Combine(_workspace.Folder, "other.db");
        await Execute(file, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (9.5);");
        var before = UpgradeWorkspace.Sha256(file);

        var refused = await Assert.ThrowsAsync<UpgradeRefusedException>(() => UpgradeWorkspace.UpgradeAsync(file));

        Assert.Contains("not a Fractal Goals database", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, UpgradeWorkspace.Sha256(file));
    }

    [Fact]
    public async Task A_corrupt_file_is_refused_untouched()
    {
        var file = _workspace.Copy(Production);
        await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
        {
            stream.Seek(4096 * 3, SeekOrigin.Begin);   // a page in the middle: the header still says SQLite
            stream.Write(Enumerable.Repeat((byte)0xA5, 4096).ToArray());
        }
        var before = UpgradeWorkspace.Sha256(file);

        var refused = await Assert.ThrowsAsync<UpgradeRefusedException>(() => UpgradeWorkspace.UpgradeAsync(file));

        Assert.True(refused.Message.Contains("integrity_check", StringComparison.Ordinal) || refused.Message.Contains("not a readable", StringComparison.Ordinal), refused.Message);
        Assert.Equal(before, UpgradeWorkspace.Sha256(file));
        Assert.Equal([Path.GetFileName(file)], _workspace.OtherFiles());
    }

    [Fact]
    public async Task A_database_of_a_newer_server_is_refused_untouched()
    {
        var file = Path.Combine(_workspace.Folder, "newer.db");
        await using (var db = InfrastructureServices.CreateContext(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False", TimeProvider.System))
            await db.Database.MigrateAsync(UpgradeWorkspace.Ct);
        await Execute(file, "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '99.0.0')");
        var before = UpgradeWorkspace.Sha256(file);

        var refused = await Assert.ThrowsAsync<UpgradeRefusedException>(() => UpgradeWorkspace.UpgradeAsync(file));

        Assert.Contains("29990101000000_FromTheFuture", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, UpgradeWorkspace.Sha256(file));
    }

    [Fact]
    public async Task A_column_holding_data_the_current_schema_has_no_place_for_is_refused_untouched()
    {
        var file = _workspace.Copy(Production);
        await Execute(file, "ALTER TABLE goals ADD COLUMN mood TEXT; UPDATE goals SET mood = 'happy' WHERE type = 'UltimateGoal';");
        var before = UpgradeWorkspace.Sha256(file);

        var refused = await Assert.ThrowsAsync<UpgradeRefusedException>(() => UpgradeWorkspace.UpgradeAsync(file));

        Assert.Contains("goals.mood holds data in 2 rows", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, UpgradeWorkspace.Sha256(file));
    }

    /// <summary>Drift within an era the upgrade can map: it is reported and handled, not refused.</summary>
    [Fact]
    public async Task Drift_within_an_era_is_reported_and_mapped()
    {
        var file = _workspace.Copy("post-migration-reference.db");
        // a copy that lost two columns of its era, carries an extra legacy index and an empty column nobody uses
        await Execute(file, """
            PRAGMA foreign_keys = OFF;
            CREATE TABLE ad2 AS SELECT id, root_id, name, description, created_at, has_sets, has_metrics, metrics_multiplicative, deleted_at, updated_at FROM activity_definitions;
            DROP TABLE activity_definitions;
            ALTER TABLE ad2 RENAME TO activity_definitions;
            CREATE INDEX ix_metric_values_root_id ON metric_values(root_id);
            ALTER TABLE goals ADD COLUMN legacy_flag INTEGER;
            """);

        var report = await UpgradeWorkspace.UpgradeAsync(file);

        Assert.Equal(UpgradeReport.Upgraded, report.Outcome);
        Assert.Equal(LegacyEra.PostMigration.ToString(), report.Era);
        Assert.Equal(["activity_definitions.has_splits", "activity_definitions.group_id"], report.Drift.MissingColumns);
        Assert.Contains("ix_metric_values_root_id", report.Drift.ExtraIndexes);
        Assert.Equal(["goals.legacy_flag"], report.Drift.DroppedEmptyColumns);
        Assert.All(report.Checks, c => Assert.True(c.Passed, $"{c.Name}: {c.Detail}"));
        Assert.Equal(0, UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM activity_definitions WHERE has_splits <> 0 OR group_id IS NOT NULL"));
    }

    /// <summary>A file in WAL mode whose last write still sits in the -wal file: the backup and the upgrade include it.</summary>
    [Fact]
    public async Task A_write_still_in_the_wal_file_is_carried_over()
    {
        var file = _workspace.Copy("post-migration-reference.db");
        await using var idle = new SqliteConnection($"Data Source={file};Pooling=False");   // keeps the -wal from being checkpointed on close
        await idle.OpenAsync(UpgradeWorkspace.Ct);
        await using (var command = idle.CreateCommand())
        {
            command.CommandText = """
                PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;
                INSERT INTO session_templates (id, name, description, root_id, created_at, template_data)
                VALUES ('wal-template', 'Only in the WAL', '', 'a845a548-8d99-4684-a2c4-debe0caa69ce', '2026-01-02 10:00:00.000000', '{}');
                """;
            await command.ExecuteNonQueryAsync(UpgradeWorkspace.Ct);
        }
        Assert.True(new FileInfo(file + "-wal").Length > 0);

        var report = await UpgradeWorkspace.UpgradeAsync(file);
        await idle.CloseAsync();

        Assert.All(report.Checks, c => Assert.True(c.Passed, $"{c.Name}: {c.Detail}"));
        Assert.Equal(["Only in the WAL"], UpgradeWorkspace.Lines(file, "SELECT name FROM session_templates WHERE id = 'wal-template'"));
    }

    private static async Task Execute(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync(UpgradeWorkspace.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(UpgradeWorkspace.Ct);
    }

    public void Dispose() => _workspace.Dispose();
}
