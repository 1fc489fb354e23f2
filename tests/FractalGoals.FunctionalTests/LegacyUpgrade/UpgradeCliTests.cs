using System.Text.Json.Nodes;
using FractalGoals.Infrastructure.LegacyUpgrade;

namespace FractalGoals.FunctionalTests.LegacyUpgrade;

/// <summary>
/// <c>db upgrade</c> and <c>db verify</c> as a user runs them: exit codes, the report file, and the process killed at
/// every step — after which the original is byte-identical (before the swap) or fully upgraded (after it), and the
/// next run finishes the job.
/// </summary>
[Trait("Provider", "SqliteOnly")]
public sealed class UpgradeCliTests : IDisposable
{
    private const string Production = "prod-2026-01-01-pre-migration.db";
    private readonly string _folder = Directory.CreateTempSubdirectory("fractal-goals-upgrade-cli-").FullName;

    public static TheoryData<string> Steps => [.. UpgradeSteps.All];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_process_killed_at_any_step_leaves_the_original_whole_and_the_next_run_finishes(string step)
    {
        var file = UpgradeCli.CopyFixture(Production, _folder);
        var before = UpgradeCli.Sha256(file);

        var killed = await UpgradeCli.RunAsync(new Dictionary<string, string> { ["FRACTALGOALS_UPGRADE_KILL_AT"] = step }, "db", "upgrade", "--database", file);

        Assert.NotEqual(0, killed.ExitCode);
        Assert.DoesNotContain("outcome: upgraded", killed.Output, StringComparison.Ordinal);   // it died before reporting
        if (step == UpgradeSteps.Swapped)
        {
            var verify = await UpgradeCli.RunAsync(null, "db", "verify", "--database", file);
            Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);   // fully upgraded
        }
        else
        {
            Assert.Equal(before, UpgradeCli.Sha256(file));                      // byte-identical
        }
        var again = await UpgradeCli.RunAsync(null, "db", "upgrade", "--database", file);   // leftovers of the killed run do not stop it
        Assert.True(again.ExitCode == 0, again.Output + again.Error);
        Assert.Contains(step == UpgradeSteps.Swapped ? "outcome: already-current" : "outcome: upgraded", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upgrade_exits_0_writes_its_report_and_verify_agrees()
    {
        var file = UpgradeCli.CopyFixture(Production, _folder);
        var reportFile = Path.Combine(_folder, "report.json");

        var run = await UpgradeCli.RunAsync(null, "db", "upgrade", "--database", file, "--report", reportFile);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("outcome: upgraded", run.Output, StringComparison.Ordinal);
        Assert.Contains("quarantine: 27 metric_values — metric definition missing", run.Output, StringComparison.Ordinal);
        var report = JsonNode.Parse(await File.ReadAllTextAsync(reportFile, TestContext.Current.CancellationToken))!;
        Assert.Equal("PreMigration", (string?)report["era"]);
        Assert.True(File.Exists((string?)report["backup"]!["path"]));
        Assert.All(report["checks"]!.AsArray(), c => Assert.True((bool)c!["passed"]!, (string?)c["name"]));
        var verify = await UpgradeCli.RunAsync(null, "db", "verify", "--database", file);
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("verified: every check holds", verify.Output, StringComparison.Ordinal);
        var again = await UpgradeCli.RunAsync(null, "db", "upgrade", "--database", file);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already-current", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_exits_0_and_leaves_the_file_byte_identical()
    {
        var file = UpgradeCli.CopyFixture("post-migration-reference.db", _folder);
        var before = UpgradeCli.Sha256(file);

        var run = await UpgradeCli.RunAsync(null, "db", "upgrade", "--database", file, "--dry-run");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("outcome: dry-run (nothing was written)", run.Output, StringComparison.Ordinal);
        Assert.Contains("session is its own root", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, UpgradeCli.Sha256(file));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task A_failure_exits_1_and_a_refusal_2_with_the_file_untouched()
    {
        var file = UpgradeCli.CopyFixture(Production, _folder);
        var before = UpgradeCli.Sha256(file);

        var failed = await UpgradeCli.RunAsync(new Dictionary<string, string> { ["FRACTALGOALS_UPGRADE_FAIL_AT"] = UpgradeSteps.CopyRows }, "db", "upgrade", "--database", file);
        var notSqlite = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(notSqlite, "not a database", TestContext.Current.CancellationToken);
        var refused = await UpgradeCli.RunAsync(null, "db", "upgrade", "--database", notSqlite);
        var verifyLegacy = await UpgradeCli.RunAsync(null, "db", "verify", "--database", file);
        var usage = await UpgradeCli.RunAsync(null, "db", "upgrade", "--dry-run");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("rolled back, the original is untouched", failed.Error, StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("refused, the file is untouched", refused.Error, StringComparison.Ordinal);
        Assert.Equal(2, verifyLegacy.ExitCode);
        Assert.Contains("run db upgrade first", verifyLegacy.Error, StringComparison.Ordinal);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("Option '--database' is required", usage.Error, StringComparison.Ordinal);
        Assert.Equal(before, UpgradeCli.Sha256(file));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // the OS cleans temp folders
        }
    }
}
