namespace FractalGoals.Infrastructure.LegacyUpgrade;

/// <summary>One verification: what was checked, whether it held, and what was measured.</summary>
public sealed record UpgradeCheck(string Name, bool Passed, string Detail);
