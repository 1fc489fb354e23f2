using System.Diagnostics;

namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>
/// Fault injection for the all-or-nothing tests (ADR 0025): throw at a named step, kill the process there, or give
/// the working copy a page allowance so it fills up like a full disk. Off unless set; the CLI reads
/// <c>FRACTALGOALS_UPGRADE_FAIL_AT</c>, <c>FRACTALGOALS_UPGRADE_KILL_AT</c> and <c>FRACTALGOALS_UPGRADE_MAX_PAGES</c>.
/// </summary>
public sealed record UpgradeFaults(string? FailAt = null, string? KillAt = null, long? MaxPages = null)
{
    public static readonly UpgradeFaults None = new();

    public static UpgradeFaults FromEnvironment() => new(
        Environment.GetEnvironmentVariable("FRACTALGOALS_UPGRADE_FAIL_AT"),
        Environment.GetEnvironmentVariable("FRACTALGOALS_UPGRADE_KILL_AT"),
        long.TryParse(Environment.GetEnvironmentVariable("FRACTALGOALS_UPGRADE_MAX_PAGES"), out var pages) ? pages : null);

    /// <summary>Called by the upgrade as it reaches <paramref name="step"/> (one of <see cref="UpgradeSteps.All"/>).</summary>
    public void At(string step)
    {
        if (string.Equals(KillAt, step, StringComparison.Ordinal))
        {
            using var self = Process.GetCurrentProcess();
            self.Kill();   // SIGKILL: no finally blocks, no disposal — a power cut as far as the files can tell
        }
        if (string.Equals(FailAt, step, StringComparison.Ordinal))
            throw new InjectedFaultException(step);
    }
}

/// <summary>The steps of an upgrade in order; a fault may be injected at each (the last one only by killing).</summary>
public static class UpgradeSteps
{
    public const string Inspect = "inspect";
    public const string Lock = "lock";
    public const string Backup = "backup";
    public const string WorkingCopy = "working-copy";
    public const string Preflight = "preflight";
    public const string RenameLegacy = "rename-legacy";
    public const string CreateTables = "create-tables";
    public const string CopyRows = "copy-rows";
    public const string QuarantineRows = "quarantine";
    public const string DropLegacy = "drop-legacy";
    public const string CreateIndexes = "create-indexes";
    public const string Stamp = "stamp-history";
    public const string ForeignKeyCheck = "foreign-key-check";
    public const string Commit = "commit";
    public const string Verify = "verify";
    public const string Swap = "swap";
    public const string Swapped = "swapped";

    /// <summary>Where an injected exception can be thrown: everything before the file is swapped.</summary>
    public static readonly IReadOnlyList<string> Failable =
        [Inspect, Lock, Backup, WorkingCopy, Preflight, RenameLegacy, CreateTables, CopyRows, QuarantineRows, DropLegacy, CreateIndexes, Stamp, ForeignKeyCheck, Commit, Verify, Swap];

    /// <summary>Where the process can be killed: every step, including just after the swap.</summary>
    public static readonly IReadOnlyList<string> All = [.. Failable, Swapped];
}

/// <summary>An injected fault (tests only).</summary>
public sealed class InjectedFaultException(string step) : Exception($"injected fault at step '{step}'");
