namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>The upgrade would not start (unknown schema, locked or read-only file …): nothing was written. Exit code 2.</summary>
public sealed class UpgradeRefusedException(string message) : Exception(message);

/// <summary>The upgrade started and failed; the working copy was discarded and the original is untouched. Exit code 1.</summary>
public sealed class UpgradeFailedException(string message, Exception? inner = null) : Exception(message, inner);
