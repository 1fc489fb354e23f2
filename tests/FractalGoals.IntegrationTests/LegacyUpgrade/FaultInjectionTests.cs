using FractalGoals.Infrastructure.LegacyUpgrade;
using Microsoft.Data.Sqlite;

namespace FractalGoals.IntegrationTests.LegacyUpgrade;

/// <summary>
/// An exception at every step of the upgrade leaves the original byte-identical and no file of ours behind, and
/// the next run succeeds (ADR 0025). Killing the process at every step: the CLI tests in the functional suite.
/// </summary>
[Trait("Provider", "SqliteOnly")]
public sealed class FaultInjectionTests : IDisposable
{
    private readonly UpgradeWorkspace _workspace = new();

    public static TheoryData<string, string> StepsAndFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var step in UpgradeSteps.Failable)
            foreach (var file in new[] { "prod-2026-01-01-pre-migration.db", "post-migration-reference.db", "december-2025" })
                data.Add(step, file);
        return data;
    }

    [Theory]
    [MemberData(nameof(StepsAndFiles))]
    public async Task A_failure_at_any_step_leaves_the_original_byte_identical(string step, string fixture)
    {
        var file = _workspace.Copy(fixture);
        var before = UpgradeWorkspace.Sha256(file);

        var failure = await Assert.ThrowsAsync<UpgradeFailedException>(() => UpgradeWorkspace.UpgradeAsync(file, new UpgradeFaults(FailAt: step)));

        Assert.Contains(step, failure.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, UpgradeWorkspace.Sha256(file));
        Assert.Equal([Path.GetFileName(file)], _workspace.OtherFiles());   // no backup, working copy or journal left
        var retried = await UpgradeWorkspace.UpgradeAsync(file);
        Assert.Equal(UpgradeReport.Upgraded, retried.Outcome);
    }

    [Fact]
    public void Every_step_can_be_failed_or_killed()
    {
        Assert.Equal(UpgradeSteps.All.Count, UpgradeSteps.All.Distinct().Count());
        Assert.Equal(UpgradeSteps.Failable, UpgradeSteps.All.Take(UpgradeSteps.Failable.Count));
        Assert.Equal(UpgradeSteps.Swapped, UpgradeSteps.All[^1]);
    }

    public void Dispose() => _workspace.Dispose();
}
