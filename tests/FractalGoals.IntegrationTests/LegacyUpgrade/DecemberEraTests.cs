using FractalGoals.Infrastructure.LegacyUpgrade;

namespace FractalGoals.IntegrationTests.LegacyUpgrade;

/// <summary>Era (a): practice_sessions become goal rows of type PracticeSession, with their links; the flaws are quarantined.</summary>
[Trait("Provider", "SqliteOnly")]
public sealed class DecemberEraTests : IDisposable
{
    private readonly UpgradeWorkspace _workspace = new();

    [Fact]
    public async Task Sessions_become_goals_under_their_first_linked_short_term_goal_in_their_fractal()
    {
        var file = _workspace.Copy("december-2025");

        await UpgradeWorkspace.UpgradeAsync(file);

        Assert.Equal(
            ["s1|PracticeSession|f1-st1|f1-guitar|Evening practice|1|45", "s2|PracticeSession|f1-st2|f1-guitar|Morning practice|0|30",
             "s3|PracticeSession|f2-st|f2-calisthenics|Lever session|0|NULL", "s6|PracticeSession|NULL|f2-calisthenics|Unlinked session|0|20"],
            UpgradeWorkspace.Lines(file, "SELECT id, type, parent_id, root_id, name, completed, duration_minutes FROM goals WHERE type = 'PracticeSession' ORDER BY id"));
        Assert.Equal("f1-guitar", UpgradeWorkspace.Lines(file, "SELECT root_id FROM goals WHERE id = 'f1-imm'").Single());   // a goal under a session
        Assert.Equal(["s1|f1-st1", "s1|f1-st2", "s2|f1-st2", "s3|f2-st"],
            UpgradeWorkspace.Lines(file, "SELECT practice_session_id, short_term_goal_id FROM practice_session_goals ORDER BY rowid"));
        Assert.Equal(5, UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM _archive_practice_session_goals"));   // ids and dates kept
        Assert.Equal(0, UpgradeWorkspace.Count(file, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'practice_sessions'"));
        Assert.Equal("", UpgradeWorkspace.Lines(file, "SELECT description FROM session_templates WHERE id = 't3'").Single());
    }

    [Fact]
    public async Task Its_flaws_are_quarantined_with_reasons_and_its_drift_reported()
    {
        var file = _workspace.Copy("december-2025");

        var report = await UpgradeWorkspace.UpgradeAsync(file);

        Assert.Equal(
            ["activity_definitions|a3-cold|fractal no longer exists", "activity_instances|i3|session quarantined", "activity_instances|i4|activity definition quarantined",
             "metric_definitions|m3-calls|activity definition quarantined", "metric_values|v3|metric definition missing", "metric_values|v4|activity instance quarantined",
             "practice_session_goals|5|link crosses fractals", "practice_sessions|s4|fractal no longer exists",
             "practice_sessions|s5|parentless session without a fractal (root_id NULL)", "session_templates|t2|fractal no longer exists"],
            report.QuarantinedRows.Select(q => $"{q.Table}|{q.Id}|{q.Reason}").Order(StringComparer.Ordinal));
        Assert.Equal(["s4", "s5"], UpgradeWorkspace.Lines(file, "SELECT id FROM _quarantine_practice_sessions ORDER BY id"));
        Assert.Equal(["ix_practice_sessions_root"], report.Drift.ExtraIndexes);
        var goals = report.Tables.Single(t => t.Table == "goals");
        Assert.Equal(["goals", "practice_sessions"], goals.Sources);
        Assert.Equal((16L, 14L, 2L), (goals.Before, goals.After, goals.Quarantined));
        Assert.Contains(report.Repairs, r => r is { Table: "goals", Column: "description", Rows: 1 });
    }

    public void Dispose() => _workspace.Dispose();
}
