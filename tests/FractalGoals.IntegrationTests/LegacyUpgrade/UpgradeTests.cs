using FractalGoals.Infrastructure.LegacyUpgrade;
using FractalGoals.Infrastructure;
using FractalGoals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FractalGoals.IntegrationTests.LegacyUpgrade;

/// <summary>db upgrade on copies of both fixtures and a generated era-(a) file: upgraded, verified, re-run a no-op.</summary>
[Trait("Provider", "SqliteOnly")]   // legacy files are SQLite
public sealed class UpgradeTests : IDisposable
{
    private readonly UpgradeWorkspace _workspace = new();

    public static TheoryData<string, LegacyEra> Files => new()
    {
        { "prod-2026-01-01-pre-migration.db", LegacyEra.PreMigration },
        { "post-migration-reference.db", LegacyEra.PostMigration },
        { "december-2025", LegacyEra.December2025 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Every_era_is_recognised_upgraded_and_verified(string fixture, LegacyEra era)
    {
        var file = _workspace.Copy(fixture);

        var report = await UpgradeWorkspace.UpgradeAsync(file);

        Assert.Equal(UpgradeReport.Upgraded, report.Outcome);
        Assert.Equal(era.ToString(), report.Era);
        Assert.All(report.Checks, c => Assert.True(c.Passed, $"{c.Name}: {c.Detail}"));
        Assert.All(report.Tables, t => Assert.True(t.Balanced, $"{t.Table}: {t.Before} ≠ {t.After} + {t.Quarantined}"));
        Assert.All(report.Checksums, c => Assert.True(c.Equal, $"{c.SourceTable}.{c.Column}"));
        Assert.NotEmpty(report.Checksums);
        var verified = await LegacyUpgrader.VerifyAsync(file, UpgradeWorkspace.Ct);
        Assert.All(verified, c => Assert.True(c.Passed, $"{c.Name}: {c.Detail}"));
        // our own SQL, not the upgrade's: 28 named indexes, no NULL root_id, foreign keys clean, the history stamped
        Assert.Equal(28, UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'idx\\_%' ESCAPE '\\'"));
        Assert.Equal(0, UpgradeWorkspace.Count(file, "SELECT (SELECT COUNT(*) FROM goals WHERE root_id IS NULL) + (SELECT COUNT(*) FROM activity_instances WHERE root_id IS NULL) + (SELECT COUNT(*) FROM metric_values WHERE root_id IS NULL)"));
        Assert.Empty(UpgradeWorkspace.Lines(file, "PRAGMA foreign_key_check"));
        Assert.Equal(5 + 5, UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix\\_%' ESCAPE '\\'"));   // ADR 0019 (7, 8), ADR 0043; the account tables' (ADR 0051)
        await using (var ours = InfrastructureServices.CreateContext(DatabaseProvider.Sqlite, $"Data Source={file}", TimeProvider.System))
            Assert.Equal(ours.Database.GetMigrations(), UpgradeWorkspace.Lines(file, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId"));
        // the backup is the original's content, verified
        Assert.NotNull(report.Backup);
        Assert.True(File.Exists(report.Backup.Path));
        Assert.Equal("ok", report.Backup.IntegrityCheck);
        Assert.DoesNotContain(_workspace.OtherFiles(), f => f.Contains("working", StringComparison.Ordinal) || f.EndsWith("-journal", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Running_it_again_changes_nothing(string fixture, LegacyEra era)
    {
        var file = _workspace.Copy(fixture);
        await UpgradeWorkspace.UpgradeAsync(file);
        var upgraded = UpgradeWorkspace.Sha256(file);
        var files = _workspace.OtherFiles();

        var again = await UpgradeWorkspace.UpgradeAsync(file);

        Assert.Equal(UpgradeReport.AlreadyCurrent, again.Outcome);
        Assert.Equal(LegacyEra.Current.ToString(), again.Era);
        Assert.NotEqual(LegacyEra.Current, era);
        Assert.Equal(upgraded, UpgradeWorkspace.Sha256(file));
        Assert.Equal(files, _workspace.OtherFiles());   // no second backup either
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_dry_run_reports_the_plan_and_writes_nothing(string fixture, LegacyEra era)
    {
        var file = _workspace.Copy(fixture);
        var before = UpgradeWorkspace.Sha256(file);

        var plan = await UpgradeWorkspace.UpgradeAsync(file, dryRun: true);

        Assert.Equal(UpgradeReport.Planned, plan.Outcome);
        Assert.Equal(era.ToString(), plan.Era);
        Assert.Equal(before, UpgradeWorkspace.Sha256(file));
        Assert.Equal([Path.GetFileName(file)], _workspace.OtherFiles());
        Assert.NotEmpty(plan.QuarantinedRows);

        // the plan is what the upgrade then does
        var done = await UpgradeWorkspace.UpgradeAsync(file);
        Assert.Equal(plan.Tables.Select(t => (t.Table, t.Before, t.After, t.Quarantined)), done.Tables.Select(t => (t.Table, t.Before, t.After, t.Quarantined)));
        Assert.Equal(plan.Quarantine, done.Quarantine);
    }

    /// <summary>Issue 6 "Done when": the report's counts equal an independent SQL count of the production file.</summary>
    [Fact]
    public async Task The_production_report_counts_equal_an_independent_sql_count_of_the_file()
    {
        var original = Path.Combine(LegacyFixtures.Folder, "prod-2026-01-01-pre-migration.db");
        var file = _workspace.Copy("prod-2026-01-01-pre-migration.db");
        var reportFile = Path.Combine(_workspace.Folder, "report.json");

        var written = await UpgradeWorkspace.UpgradeAsync(file);
        await File.WriteAllTextAsync(reportFile, written.ToJson(), UpgradeWorkspace.Ct);
        var report = UpgradeReport.FromJson(await File.ReadAllTextAsync(reportFile, UpgradeWorkspace.Ct));

        foreach (var table in report.Tables)
        {
            // A table no legacy era had (the account tables, ADR 0051) is created empty.
            var existed = UpgradeWorkspace.Count(original, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table.Table}'") == 1;
            Assert.Equal(existed ? UpgradeWorkspace.Count(original, $"SELECT COUNT(*) FROM \"{table.Table}\"") : 0, table.Before);
            Assert.Equal(UpgradeWorkspace.Count(file, $"SELECT COUNT(*) FROM \"{table.Table}\""), table.After);
            var quarantined = UpgradeWorkspace.Count(file, $"SELECT COUNT(*) FROM sqlite_master WHERE name = '_quarantine_{table.Table}'") == 0
                ? 0 : UpgradeWorkspace.Count(file, $"SELECT COUNT(*) FROM \"_quarantine_{table.Table}\"");
            Assert.Equal(quarantined, table.Quarantined);
        }
        Assert.Equal(UpgradeWorkspace.Count(original, "SELECT COUNT(*) FROM metric_values WHERE metric_definition_id NOT IN (SELECT id FROM metric_definitions)"),
            Reason(report, "metric_values", "metric definition missing"));
        Assert.Equal(27, Reason(report, "metric_values", "metric definition missing"));   // domain-rules §16 #8
        Assert.Equal(UpgradeWorkspace.Count(original, "SELECT COUNT(*) FROM session_templates WHERE root_id NOT IN (SELECT id FROM goals)"),
            Reason(report, "session_templates", "fractal no longer exists"));
        Assert.Equal(UpgradeWorkspace.Count(original, "SELECT COUNT(*) FROM activity_definitions WHERE root_id NOT IN (SELECT id FROM goals)"),
            Reason(report, "activity_definitions", "fractal no longer exists"));
        Assert.Equal(UpgradeWorkspace.Count(original,
                "SELECT COUNT(*) FROM goals WHERE type = 'PracticeSession' AND parent_id IS NULL AND root_id IS NOT NULL AND root_id NOT IN (SELECT id FROM goals)"),
            Reason(report, "goals", "fractal no longer exists"));
        Assert.Equal(UpgradeWorkspace.Count(original, "SELECT COUNT(*) FROM goals WHERE type = 'PracticeSession' AND parent_id IS NULL AND root_id IS NULL"),
            Reason(report, "goals", "parentless session without a fractal (root_id NULL)"));
        Assert.Equal(UpgradeWorkspace.Count(original,
                "SELECT COUNT(*) FROM activity_instances WHERE practice_session_id IN (SELECT id FROM goals WHERE parent_id IS NULL AND type = 'PracticeSession')"),
            Reason(report, "activity_instances", "session quarantined"));
        Assert.Equal(
            UpgradeWorkspace.Count(original, "SELECT COUNT(*) FROM goals WHERE root_id IS NULL")
                - UpgradeWorkspace.Count(original, "SELECT COUNT(*) FROM goals WHERE root_id IS NULL AND parent_id IS NULL AND type = 'PracticeSession'"),
            report.Repairs.Single(r => r is { Table: "goals", Column: "root_id" }).Rows);
    }

    /// <summary>The production file lacks two columns its era had (the legacy migration died on "no such column: group_id").</summary>
    [Fact]
    public async Task The_production_files_drift_within_its_era_is_reported_and_mapped()
    {
        var file = _workspace.Copy("prod-2026-01-01-pre-migration.db");

        var plan = await UpgradeWorkspace.UpgradeAsync(file, dryRun: true);
        var report = await UpgradeWorkspace.UpgradeAsync(file);

        Assert.Equal(["activity_definitions.has_splits", "activity_definitions.group_id"], plan.Drift.MissingColumns);
        Assert.Equal(plan.Drift.MissingColumns, report.Drift.MissingColumns);
        Assert.Empty(report.Drift.Unmappable);
        Assert.Equal(UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM activity_definitions"),
            UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM activity_definitions WHERE has_splits = 0 AND group_id IS NULL"));
    }

    [Fact]
    public async Task Quarantined_rows_keep_every_value_and_their_reason()
    {
        var file = _workspace.Copy("prod-2026-01-01-pre-migration.db");
        var original = Path.Combine(LegacyFixtures.Folder, "prod-2026-01-01-pre-migration.db");

        await UpgradeWorkspace.UpgradeAsync(file);

        var orphans = UpgradeWorkspace.Lines(original,
            "SELECT id, activity_instance_id, metric_definition_id, value FROM metric_values WHERE metric_definition_id NOT IN (SELECT id FROM metric_definitions) ORDER BY id");
        var kept = UpgradeWorkspace.Lines(file,
            "SELECT id, activity_instance_id, metric_definition_id, value FROM _quarantine_metric_values WHERE _quarantine_reason = 'metric definition missing' ORDER BY id");
        Assert.Equal(orphans, kept);
        Assert.Equal(0, UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM metric_values WHERE id IN (SELECT id FROM _quarantine_metric_values)"));
    }

    /// <summary>
    /// Issue 14 point 1 (ADR 0043): duplicate values of one (instance, metric, split-or-none) slot, which old files may
    /// hold, cannot enter the unique index: the most recently updated is kept (ties, and files without updated_at, by
    /// the last written rowid), the others are quarantined and counted, and the upgraded file verifies.
    /// </summary>
    [Theory]
    [InlineData("post-migration-reference.db")]
    [InlineData("prod-2026-01-01-pre-migration.db")]
    public async Task Duplicate_metric_values_of_one_slot_are_quarantined_but_the_last_written_and_the_file_verifies(string fixture)
    {
        var file = _workspace.Copy(fixture);
        var stamped = fixture.StartsWith("post", StringComparison.Ordinal);   // the pre-migration file has no updated_at (nor splits)
        var carried = UpgradeWorkspace.Lines(file, """
            SELECT v.id FROM metric_values v JOIN activity_instances i ON i.id = v.activity_instance_id JOIN goals s ON s.id = i.practice_session_id
            WHERE s.parent_id IS NOT NULL AND v.metric_definition_id IN (SELECT id FROM metric_definitions) ORDER BY v.rowid LIMIT 2
            """);
        var columns = stamped ? "id, activity_instance_id, metric_definition_id, value, root_id, updated_at, created_at, split_definition_id" : "id, activity_instance_id, metric_definition_id, value";
        var copied = stamped ? "activity_instance_id, metric_definition_id, value + 1, root_id, @stamp, created_at, split_definition_id" : "activity_instance_id, metric_definition_id, value + 1";
        // a copy of the first value updated later than it, a copy of the second written later with the same (NULL) stamp
        UpgradeWorkspace.Execute(file, $"INSERT INTO metric_values ({columns}) SELECT 'dup-updated', {copied.Replace("@stamp", "'2026-01-02 10:00:00.000000'", StringComparison.Ordinal)} FROM metric_values WHERE id = '{carried[0]}'");
        UpgradeWorkspace.Execute(file, $"INSERT INTO metric_values ({columns}) SELECT 'dup-written', {copied.Replace("@stamp", "updated_at", StringComparison.Ordinal)} FROM metric_values WHERE id = '{carried[1]}'");
        var slots = stamped ? "activity_instance_id, metric_definition_id, COALESCE(split_definition_id, '')" : "activity_instance_id, metric_definition_id";
        var duplicates = UpgradeWorkspace.Count(file, $"SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM metric_values GROUP BY {slots})");

        var plan = await UpgradeWorkspace.UpgradeAsync(file, dryRun: true);
        var report = await UpgradeWorkspace.UpgradeAsync(file);

        Assert.Equal(2, duplicates);
        Assert.Equal(2, Reason(report, "metric_values", Preflight.DuplicateValue));
        Assert.Equal(plan.Quarantine, report.Quarantine);
        Assert.Equal(carried.Order(StringComparer.Ordinal), report.QuarantinedRows.Where(q => q.Reason == Preflight.DuplicateValue).Select(q => q.Id!).Order(StringComparer.Ordinal));
        Assert.All(report.Checks, c => Assert.True(c.Passed, $"{c.Name}: {c.Detail}"));
        Assert.All(report.Tables, t => Assert.True(t.Balanced, $"{t.Table}: {t.Before} ≠ {t.After} + {t.Quarantined}"));
        Assert.All(report.Checksums, c => Assert.True(c.Equal, $"{c.SourceTable}.{c.Column}"));
        Assert.All(await LegacyUpgrader.VerifyAsync(file, UpgradeWorkspace.Ct), c => Assert.True(c.Passed, $"{c.Name}: {c.Detail}"));
        // our own SQL: the kept values are the copies, the originals wait in quarantine with every value, the slots are unique
        Assert.Equal(["dup-updated", "dup-written"], UpgradeWorkspace.Lines(file, "SELECT id FROM metric_values WHERE id LIKE 'dup-%' ORDER BY id"));
        Assert.Equal(carried.Order(StringComparer.Ordinal),
            UpgradeWorkspace.Lines(file, $"SELECT id FROM _quarantine_metric_values WHERE _quarantine_reason = '{Preflight.DuplicateValue}' ORDER BY id"));
        Assert.Equal(0, UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM (SELECT 1 FROM metric_values GROUP BY activity_instance_id, metric_definition_id, COALESCE(split_definition_id, '') HAVING COUNT(*) > 1)"));
        Assert.Equal(1, UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_metric_values_slot' AND sql LIKE 'CREATE UNIQUE INDEX%'"));
    }

    [Fact]
    public async Task The_upgraded_file_and_its_backup_keep_the_originals_permissions()
    {
        if (OperatingSystem.IsWindows()) return;   // no Unix permissions to keep
        var file = _workspace.Copy("prod-2026-01-01-pre-migration.db");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var report = await UpgradeWorkspace.UpgradeAsync(file);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(report.Backup!.Path));
    }

    private static int Reason(UpgradeReport report, string table, string reason) =>
        report.Quarantine.SingleOrDefault(q => q.Table == table && q.Reason == reason)?.Rows ?? 0;

    public void Dispose() => _workspace.Dispose();
}
